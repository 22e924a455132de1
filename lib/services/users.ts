import "server-only";
import { writeAudit, type AuditActor } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordWeakness } from "@/lib/auth/password-policy";
import { can, OPTIONAL_MAIL_KINDS, rolesWith, type Actor, type OptionalMail } from "@/lib/auth/permissions";
import { revokeAllSessions } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { deliverSoon } from "@/lib/mail/outbox";
import { mailPreferencesSchema, type MailPreferencesInput } from "@/lib/validations/account-links";
import { queueInvitation } from "./account-links";
import { storePasswordHash } from "./password-store";
import type { RoleCode } from "@/lib/vocabulary";
import { parseOrThrow } from "@/lib/validations/parse";
import {
  changePasswordSchema,
  createUserSchema,
  updateUserSchema,
  userFormSchema,
  type ChangePasswordInput,
  type CreateUserInput,
  type UpdateUserInput,
  type UserFormInput,
} from "@/lib/validations/user";

// Officials' accounts: created by an admin (who invites by mail) or the CLI, changed,
// deactivated, their passwords changed by themselves (resets by mail:
// lib/services/account-links.ts). Every write is audited, never with a hash; no permission
// check here — callers (actions, CLI) do it.

/** What an account looks like in the audit log and to callers: never its hash. */
const PUBLIC_FIELDS = { id: true, email: true, name: true, role: true, agencyId: true, active: true } as const;

async function agencyIdOf(db: Db, code: string | undefined): Promise<string | null> {
  if (!code) return null;
  const agency = await db.agency.findUnique({ where: { code }, select: { id: true } });
  if (!agency)
    throw new AppError("INVALID", `Instansi ${code} tidak ada.`, { agencyCode: [`Instansi ${code} tidak ada`] });
  return agency.id;
}

/** A client that reads: the database, or a transaction. */
type Reader = Pick<Prisma.TransactionClient, "user">;

async function findUser(db: Reader, id: string) {
  const user = await db.user.findUnique({ where: { id }, select: PUBLIC_FIELDS });
  if (!user) throw new AppError("NOT_FOUND", "Pengguna tidak ditemukan.");
  return user;
}

/** Refuses a change that would leave no active account able to manage accounts. */
async function keepOneAdmin(db: Reader, user: { id: string; role: RoleCode; active: boolean }) {
  if (!can(user, "users.manage") || !user.active) return;
  const managers = rolesWith("users.manage");
  const others = await db.user.count({ where: { role: { in: managers }, active: true, id: { not: user.id } } });
  if (others === 0)
    throw new AppError("CONFLICT", "Ini admin aktif terakhir: angkat admin lain dulu, agar akun tetap dapat dikelola.");
}

/** The key of the transaction lock every change to who may manage accounts takes. */
const ADMINS_LOCK = 0x5169a9_01;

/**
 * Changes account `id` in one transaction that first takes the admins' lock, then reads the
 * account and, when `demotes` says the change takes away a manager, checks one stays. The
 * count and the change are one step: two admins deactivating each other at the same moment
 * are serialised, and the second finds itself the last (before, both counted the other).
 */
async function changeAccount<T>(
  db: Db,
  id: string,
  demotes: (before: Awaited<ReturnType<typeof findUser>>) => boolean,
  change: (tx: Prisma.TransactionClient, before: Awaited<ReturnType<typeof findUser>>) => Promise<T>,
): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMINS_LOCK})`;
    const before = await findUser(tx, id);
    if (demotes(before)) await keepOneAdmin(tx, before);
    return change(tx, before);
  });
}

/** The account's agency and no other account with its email, checked before it is created. */
async function newAccountData(db: Db, data: { email: string; agencyCode?: string }) {
  const agencyId = await agencyIdOf(db, data.agencyCode);
  if (await db.user.findUnique({ where: { email: data.email } }))
    throw new AppError("CONFLICT", `Email ${data.email} sudah terdaftar.`, { email: ["Email sudah terdaftar"] });
  return agencyId;
}

/** Creates an official's account with a password (the CLI and the seed: validated, hashed, audited). */
export async function createUser(db: Db, actor: AuditActor, input: CreateUserInput) {
  const data = parseOrThrow(createUserSchema, input, "Data pengguna tidak valid.");
  const agencyId = await newAccountData(db, data);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, agencyId, passwordHash },
      select: PUBLIC_FIELDS,
    });
    await writeAudit(tx, actor, { action: "user.create", entity: "User", entityId: user.id, after: user });
    return user;
  });
}

/**
 * An admin creates an account without a password and SIGAP mails its owner an invitation
 * (a one-time link, 72 hours) to set their own: no password is ever shown to the admin.
 */
export async function inviteUser(db: Db, actor: Actor, input: UserFormInput) {
  const data = parseOrThrow(userFormSchema, input, "Data pengguna tidak valid.");
  const agencyId = await newAccountData(db, data);
  const result = await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, agencyId },
      select: { ...PUBLIC_FIELDS, locale: true, agency: { select: { name: true } } },
    });
    const { expiresAt } = await queueInvitation(tx, user, actor.name);
    const { agency: _agency, locale: _locale, ...after } = user;
    await writeAudit(tx, actor, {
      action: "user.create",
      entity: "User",
      entityId: user.id,
      after: { ...after, invitedUntil: expiresAt },
    });
    return { user: after, expiresAt };
  });
  deliverSoon(db);
  return result;
}

/** Changes an account's name, role and agency. An admin cannot change their own role (no lock-out). */
export async function updateUser(db: Db, actor: Actor, id: string, input: UpdateUserInput) {
  const data = parseOrThrow(updateUserSchema, input, "Data pengguna tidak valid.");
  const agencyId = await agencyIdOf(db, data.agencyCode);
  return changeAccount(
    db,
    id,
    (before) => before.role !== data.role,
    async (tx, before) => {
      if (before.id === actor.id && before.role !== data.role)
        throw new AppError("CONFLICT", "Anda tidak dapat mengubah peran akun sendiri.", {
          role: ["Peran akun sendiri tidak dapat diubah"],
        });
      const after = await tx.user.update({
        where: { id },
        data: { name: data.name, role: data.role, agencyId },
        select: PUBLIC_FIELDS,
      });
      await writeAudit(tx, actor, { action: "user.update", entity: "User", entityId: id, before, after });
      return after;
    },
  );
}

/** Deactivates (every session ends at once) or reactivates an account; never one's own, never the last admin. */
export async function setUserActive(db: Db, actor: AuditActor, id: string, active: boolean) {
  return changeAccount(
    db,
    id,
    () => !active,
    async (tx, before) => {
      if ("id" in actor && before.id === actor.id)
        throw new AppError("CONFLICT", "Anda tidak dapat menonaktifkan akun sendiri.");
      const after = await tx.user.update({ where: { id }, data: { active }, select: PUBLIC_FIELDS });
      const revokedSessions = active ? 0 : await revokeAllSessions(id, tx);
      await writeAudit(tx, actor, {
        action: active ? "user.activate" : "user.deactivate",
        entity: "User",
        entityId: id,
        before: { active: before.active },
        after: { active, revokedSessions },
      });
      return after;
    },
  );
}

/** Reactivates the account of `email` (the CLI: an account no admin is left to reactivate). */
export async function activateUserByEmail(db: Db, actor: AuditActor, email: string) {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", `Tidak ada pengguna ${email}.`, { email: ["Pengguna tidak ditemukan"] });
  return setUserActive(db, actor, user.id, true);
}

/** Stores a new password and ends every session of the account but `keep`; audited without hashes. */
async function storePassword(
  db: Db,
  actor: AuditActor,
  userId: string,
  password: string,
  action: string,
  keep?: string,
) {
  const passwordHash = await hashPassword(password);
  return db.$transaction((tx) => storePasswordHash(tx, actor, userId, passwordHash, action, keep));
}

/**
 * Sets a new password (the same policy as a new account) and ends every session of the
 * user at once: whoever held one must sign in with the new password.
 */
export async function setPassword(db: Db, actor: AuditActor, email: string, password: string) {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) throw new AppError("NOT_FOUND", `Tidak ada pengguna ${email}.`, { email: ["Pengguna tidak ditemukan"] });
  const weakness = passwordWeakness(password, [user.email, user.name]);
  if (weakness) throw new AppError("INVALID", weakness, { password: [weakness] });
  return storePassword(db, actor, user.id, password, "user.setPassword");
}

/** An official changes their own password: the current one first; their other browsers are signed out. */
export async function changeOwnPassword(db: Db, actor: Actor, input: ChangePasswordInput) {
  const data = parseOrThrow(changePasswordSchema, input, "Isian kata sandi belum benar.");
  const user = await db.user.findUnique({ where: { id: actor.id } });
  if (!user) throw new AppError("NOT_FOUND", "Pengguna tidak ditemukan.");
  if (!user.passwordHash || !(await verifyPassword(data.current, user.passwordHash)))
    throw new AppError("INVALID", "Kata sandi sekarang salah.", { current: ["Kata sandi sekarang salah"] });
  const weakness = passwordWeakness(data.next, [user.email, user.name]);
  if (weakness) throw new AppError("INVALID", weakness, { next: [weakness] });
  return storePassword(db, actor, user.id, data.next, "user.changeOwnPassword", actor.sessionId);
}

/** An official's language for mail and which optional messages (reminders, digest) they receive. */
export async function setMailPreferences(db: Db, actor: Actor, input: MailPreferencesInput) {
  const data = parseOrThrow(mailPreferencesSchema, input, "Pilihan pesan tidak valid.");
  const switchedOff = (Object.keys(OPTIONAL_MAIL_KINDS) as OptionalMail[]).filter((kind) => !data[kind]);
  const mailOff = switchedOff.map((kind) => OPTIONAL_MAIL_KINDS[kind]);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { locale: data.locale, mailOff } });
    await writeAudit(tx, actor, {
      action: "user.mailPreferences",
      entity: "User",
      entityId: actor.id,
      after: { locale: data.locale, mailOff },
    });
  });
  return { locale: data.locale, mailOff };
}
