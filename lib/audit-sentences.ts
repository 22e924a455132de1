// The audit log in words: every action SIGAP records, as a sentence in both languages
// ("Petugas Satgas mengaktifkan versi 2 aturan SE1395-ADMINDUK"), and what changed, field by
// field. Pure: the log page, its CSV and the tests share it.

type Sentence = { id: string; en: string };

/** {actor} and {object} are filled in; an action missing here still reads, with its code. */
export const AUDIT_SENTENCES: Record<string, Sentence> = {
  "auth.signIn": { id: "{actor} masuk", en: "{actor} signed in" },
  "auth.signInFailed": { id: "Percobaan masuk gagal untuk {object}", en: "Failed sign-in for {object}" },
  "user.create": { id: "{actor} membuat akun {object}", en: "{actor} created the account {object}" },
  "user.update": { id: "{actor} mengubah akun {object}", en: "{actor} changed the account {object}" },
  "user.activate": { id: "{actor} mengaktifkan kembali akun {object}", en: "{actor} reactivated the account {object}" },
  "user.deactivate": { id: "{actor} menonaktifkan akun {object}", en: "{actor} deactivated the account {object}" },
  "user.setPassword": { id: "{actor} menetapkan kata sandi {object}", en: "{actor} set the password of {object}" },
  "user.resetPassword": {
    id: "{actor} mengatur ulang kata sandi {object}",
    en: "{actor} reset the password of {object}",
  },
  "user.invitationResent": {
    id: "{actor} mengirim ulang undangan untuk {object}",
    en: "{actor} resent the invitation of {object}",
  },
  "user.invitationRevoked": {
    id: "{actor} membatalkan undangan untuk {object}",
    en: "{actor} cancelled the invitation of {object}",
  },
  "user.invitationAccepted": {
    id: "{object} menerima undangan dan membuat kata sandi",
    en: "{object} accepted the invitation and set a password",
  },
  "user.passwordResetSent": {
    id: "{actor} mengirim tautan atur ulang kata sandi ke {object}",
    en: "{actor} sent a password reset link to {object}",
  },
  "auth.passwordResetRequested": {
    id: "Tautan atur ulang kata sandi diminta untuk {object}",
    en: "A password reset link was requested for {object}",
  },
  "user.passwordResetByLink": {
    id: "{object} membuat kata sandi baru lewat tautan atur ulang",
    en: "{object} set a new password through a reset link",
  },
  "user.mailPreferences": {
    id: "{actor} mengubah pilihan pesan emailnya",
    en: "{actor} changed their e-mail choices",
  },
  "auth.secondFactorFailed": {
    id: "Kode verifikasi salah saat masuk untuk {object}",
    en: "Wrong verification code at sign-in for {object}",
  },
  "user.secondFactorOn": {
    id: "{actor} mengaktifkan verifikasi dua langkah",
    en: "{actor} turned on two-step verification",
  },
  "user.secondFactorOff": {
    id: "{actor} mematikan verifikasi dua langkah",
    en: "{actor} turned off two-step verification",
  },
  "user.secondFactorReset": {
    id: "{actor} mengatur ulang verifikasi dua langkah {object}",
    en: "{actor} reset the two-step verification of {object}",
  },
  "user.changeOwnPassword": { id: "{actor} mengganti kata sandinya sendiri", en: "{actor} changed their own password" },
  "office.create": { id: "{actor} mendaftarkan kantor {object}", en: "{actor} registered the office {object}" },
  "office.update": { id: "{actor} mengubah data kantor {object}", en: "{actor} edited the office {object}" },
  "office.archive": { id: "{actor} mengarsipkan kantor {object}", en: "{actor} archived the office {object}" },
  "office.stage": {
    id: "{actor} memindahkan tahap penerapan kantor {object}",
    en: "{actor} moved the rollout stage of {object}",
  },
  "events.backfill": {
    id: "{actor} mengimpor kunjungan susulan kantor {object}",
    en: "{actor} imported backfilled visits of the office {object}",
  },
  "apikey.create": { id: "{actor} membuat kunci API {object}", en: "{actor} created the API key {object}" },
  "apikey.revoke": { id: "{actor} mencabut kunci API {object}", en: "{actor} revoked the API key {object}" },
  "checkpoint.create": {
    id: "{actor} membuat tautan meja periksa {object}",
    en: "{actor} created the checkpoint link {object}",
  },
  "checkpoint.revoke": {
    id: "{actor} mencabut tautan meja periksa {object}",
    en: "{actor} revoked the checkpoint link {object}",
  },
  "report.submit": { id: "{actor} mengirim laporan harian {object}", en: "{actor} filed the daily report {object}" },
  "report.correct": {
    id: "{actor} mengoreksi laporan harian {object}",
    en: "{actor} corrected the daily report {object}",
  },
  "inspection.record": { id: "{actor} mencatat inspeksi {object}", en: "{actor} recorded the inspection {object}" },
  "circular.create": { id: "{actor} membuat surat edaran {object}", en: "{actor} created the circular {object}" },
  "circular.update": { id: "{actor} mengubah surat edaran {object}", en: "{actor} edited the circular {object}" },
  "circular.activate": {
    id: "{actor} memberlakukan surat edaran {object}",
    en: "{actor} put the circular {object} in force",
  },
  "circular.revoke": { id: "{actor} mencabut surat edaran {object}", en: "{actor} revoked the circular {object}" },
  "rule.create": { id: "{actor} membuat aturan {object}", en: "{actor} created the rule {object}" },
  "ruleVersion.create": { id: "{actor} membuat draf {object}", en: "{actor} drafted {object}" },
  "ruleVersion.update": { id: "{actor} mengubah draf {object}", en: "{actor} edited the draft {object}" },
  "ruleVersion.activate": { id: "{actor} mengaktifkan {object}", en: "{actor} activated {object}" },
  "ruleVersion.revoke": {
    id: "{actor} membatalkan {object} yang terjadwal",
    en: "{actor} cancelled the scheduled {object}",
  },
  "ruleVersion.retire": { id: "{actor} mengakhiri {object}", en: "{actor} retired {object}" },
  "ruleTestCase.create": { id: "{actor} menambah kasus uji {object}", en: "{actor} added the test case {object}" },
  "ruleTestCase.update": { id: "{actor} mengubah kasus uji {object}", en: "{actor} edited the test case {object}" },
  "ruleTestCase.delete": { id: "{actor} menghapus kasus uji {object}", en: "{actor} deleted the test case {object}" },
  "release.publish": {
    id: "{actor} menerbitkan rilis data publik {object}",
    en: "{actor} published the public release {object}",
  },
  "release.refused": {
    id: "{actor} mencoba menerbitkan revisi {object}; audit kerahasiaan menolaknya",
    en: "{actor} tried to publish a revision of {object}; the disclosure audit refused it",
  },
  "announcement.create": {
    id: "{actor} membuat draf pengumuman {object}",
    en: "{actor} drafted the announcement {object}",
  },
  "announcement.update": {
    id: "{actor} mengubah draf pengumuman {object}",
    en: "{actor} edited the announcement {object}",
  },
  "announcement.publish": {
    id: "{actor} menerbitkan pengumuman {object}",
    en: "{actor} published the announcement {object}",
  },
  "announcement.withdraw": {
    id: "{actor} menarik pengumuman {object}",
    en: "{actor} withdrew the announcement {object}",
  },
  "erratum.publish": { id: "{actor} menerbitkan ralat {object}", en: "{actor} published the erratum {object}" },
  "seed.demo": { id: "Data demo dimuat", en: "Demo data loaded" },
};

export const AUDIT_ACTIONS = Object.keys(AUDIT_SENTENCES);

/** Each action as a short name, for filters and columns: what happened, not a code. */
export const AUDIT_ACTION_NAMES: Record<keyof typeof AUDIT_SENTENCES, Sentence> = {
  "auth.signIn": { id: "Masuk", en: "Sign-in" },
  "auth.signInFailed": { id: "Gagal masuk", en: "Failed sign-in" },
  "user.create": { id: "Akun dibuat", en: "Account created" },
  "user.update": { id: "Akun diubah", en: "Account changed" },
  "user.activate": { id: "Akun diaktifkan kembali", en: "Account reactivated" },
  "user.deactivate": { id: "Akun dinonaktifkan", en: "Account deactivated" },
  "user.setPassword": { id: "Kata sandi ditetapkan", en: "Password set" },
  "user.resetPassword": { id: "Kata sandi diatur ulang", en: "Password reset" },
  "user.invitationResent": { id: "Undangan dikirim ulang", en: "Invitation resent" },
  "user.invitationRevoked": { id: "Undangan dibatalkan", en: "Invitation cancelled" },
  "user.invitationAccepted": { id: "Undangan diterima", en: "Invitation accepted" },
  "user.passwordResetSent": { id: "Tautan atur ulang dikirim", en: "Reset link sent" },
  "auth.passwordResetRequested": { id: "Atur ulang kata sandi diminta", en: "Password reset requested" },
  "user.passwordResetByLink": { id: "Kata sandi diatur ulang lewat tautan", en: "Password reset through a link" },
  "user.mailPreferences": { id: "Pilihan email diubah", en: "E-mail choices changed" },
  "auth.secondFactorFailed": { id: "Kode verifikasi salah", en: "Wrong verification code" },
  "user.secondFactorOn": { id: "Verifikasi dua langkah dinyalakan", en: "Two-step verification on" },
  "user.secondFactorOff": { id: "Verifikasi dua langkah dimatikan", en: "Two-step verification off" },
  "user.secondFactorReset": { id: "Verifikasi dua langkah diatur ulang", en: "Two-step verification reset" },
  "user.changeOwnPassword": { id: "Kata sandi sendiri diganti", en: "Own password changed" },
  "office.create": { id: "Kantor didaftarkan", en: "Office registered" },
  "office.update": { id: "Data kantor diubah", en: "Office edited" },
  "office.archive": { id: "Kantor diarsipkan", en: "Office archived" },
  "office.stage": { id: "Tahap penerapan dipindah", en: "Rollout stage moved" },
  "events.backfill": { id: "Kunjungan susulan diimpor", en: "Backfilled visits imported" },
  "apikey.create": { id: "Kunci API dibuat", en: "API key created" },
  "apikey.revoke": { id: "Kunci API dicabut", en: "API key revoked" },
  "checkpoint.create": { id: "Tautan meja periksa dibuat", en: "Checkpoint link created" },
  "checkpoint.revoke": { id: "Tautan meja periksa dicabut", en: "Checkpoint link revoked" },
  "report.submit": { id: "Laporan harian dikirim", en: "Daily report filed" },
  "report.correct": { id: "Laporan harian dikoreksi", en: "Daily report corrected" },
  "inspection.record": { id: "Inspeksi dicatat", en: "Inspection recorded" },
  "circular.create": { id: "Surat edaran dibuat", en: "Circular created" },
  "circular.update": { id: "Surat edaran diubah", en: "Circular edited" },
  "circular.activate": { id: "Surat edaran diberlakukan", en: "Circular put in force" },
  "circular.revoke": { id: "Surat edaran dicabut", en: "Circular revoked" },
  "rule.create": { id: "Aturan dibuat", en: "Rule created" },
  "ruleVersion.create": { id: "Draf aturan dibuat", en: "Rule draft created" },
  "ruleVersion.update": { id: "Draf aturan diubah", en: "Rule draft edited" },
  "ruleVersion.activate": { id: "Versi aturan diaktifkan", en: "Rule version activated" },
  "ruleVersion.revoke": { id: "Versi terjadwal dibatalkan", en: "Scheduled version cancelled" },
  "ruleVersion.retire": { id: "Versi aturan diakhiri", en: "Rule version retired" },
  "ruleTestCase.create": { id: "Kasus uji ditambah", en: "Test case added" },
  "ruleTestCase.update": { id: "Kasus uji diubah", en: "Test case edited" },
  "ruleTestCase.delete": { id: "Kasus uji dihapus", en: "Test case deleted" },
  "release.publish": { id: "Rilis data publik diterbitkan", en: "Public release published" },
  "release.refused": { id: "Revisi rilis ditolak audit", en: "Release revision refused" },
  "announcement.create": { id: "Draf pengumuman dibuat", en: "Announcement drafted" },
  "announcement.update": { id: "Pengumuman diubah", en: "Announcement edited" },
  "announcement.publish": { id: "Pengumuman diterbitkan", en: "Announcement published" },
  "announcement.withdraw": { id: "Pengumuman ditarik", en: "Announcement withdrawn" },
  "erratum.publish": { id: "Ralat diterbitkan", en: "Erratum published" },
  "seed.demo": { id: "Data demo dimuat", en: "Demo data loaded" },
};

/** The kinds of object the log records, in words. */
const AUDIT_ENTITY_NAMES: Record<string, Sentence> = {
  Announcement: { id: "Pengumuman", en: "Announcement" },
  ApiKey: { id: "Kunci API atau tautan meja periksa", en: "API key or checkpoint link" },
  Circular: { id: "Surat edaran", en: "Circular" },
  ComplianceReport: { id: "Laporan harian", en: "Daily report" },
  Database: { id: "Basis data", en: "Database" },
  Erratum: { id: "Ralat", en: "Erratum" },
  Inspection: { id: "Inspeksi", en: "Inspection" },
  Office: { id: "Kantor", en: "Office" },
  PublicRelease: { id: "Rilis data publik", en: "Public release" },
  Rule: { id: "Aturan", en: "Rule" },
  RuleTestCase: { id: "Kasus uji aturan", en: "Rule test case" },
  RuleVersion: { id: "Versi aturan", en: "Rule version" },
  User: { id: "Akun", en: "Account" },
};

/** An action's short name (its code when the log holds one SIGAP no longer writes). */
export const auditActionName = (action: string, locale: "id" | "en") => AUDIT_ACTION_NAMES[action]?.[locale] ?? action;

/** A kind of object in words (its class name when unknown). */
export const auditEntityName = (entity: string, locale: "id" | "en") => AUDIT_ENTITY_NAMES[entity]?.[locale] ?? entity;

/** The sentence of one entry. */
export function auditSentence(action: string, actor: string, object: string, locale: "id" | "en"): string {
  const template = AUDIT_SENTENCES[action]?.[locale] ?? `{actor}: ${action} {object}`;
  return template.replace("{actor}", actor).replace("{object}", object).trim();
}

export type AuditChange = { field: string; before: string; after: string; changed: boolean };

const shown = (value: unknown): string =>
  value === undefined ? "" : value === null ? "–" : typeof value === "object" ? JSON.stringify(value) : String(value);

/** What an entry changed, field by field: changed fields first, then the rest of a created or deleted record. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const record = (v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  const [b, a] = [record(before), record(after)];
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .map((field) => {
      const [x, y] = [shown(b[field]), shown(a[field])];
      return { field, before: x, after: y, changed: x !== y };
    })
    .sort((p, q) => Number(q.changed) - Number(p.changed));
}
