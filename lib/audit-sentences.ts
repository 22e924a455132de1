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
    id: "Revisi rilis data publik {object} ditolak oleh audit kerahasiaan",
    en: "The revision of the public release {object} was refused by the disclosure audit",
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
