import "server-only";
import { writeAudit, type AuditActor } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { passwordWeakness } from "@/lib/auth/password-policy";
import { revokeAllSessions } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validations/parse";
import { createUserSchema, type CreateUserInput } from "@/lib/validations/user";

/** Creates an official's account (validated, password hashed, audited); no permission check — callers do it. */
export async function createUser(db: Db, actor: AuditActor, input: CreateUserInput) {
  const data = parseOrThrow(createUserSchema, input, "Data pengguna tidak valid.");
  const agency = data.agencyCode ? await db.agency.findUnique({ where: { code: data.agencyCode } }) : null;
  if (data.agencyCode && !agency)
    throw new AppError("INVALID", `Instansi ${data.agencyCode} tidak ada.`, {
      agencyCode: [`Instansi ${data.agencyCode} tidak ada`],
    });
  if (await db.user.findUnique({ where: { email: data.email } }))
    throw new AppError("CONFLICT", `Email ${data.email} sudah terdaftar.`, { email: ["Email sudah terdaftar"] });
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, agencyId: agency?.id, passwordHash },
    });
    const { passwordHash: _omit, ...after } = user;
    await writeAudit(tx, actor, { action: "user.create", entity: "User", entityId: user.id, after });
    return after;
  });
}

/**
 * Sets a new password (the same policy as a new account) and ends every session of the
 * user at once: whoever held one must sign in with the new password. Audited, without hashes.
 */
export async function setPassword(
  db: Db,
  actor: AuditActor,
  email: string,
  password: string,
): Promise<{ revokedSessions: number }> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) throw new AppError("NOT_FOUND", `Tidak ada pengguna ${email}.`, { email: ["Pengguna tidak ditemukan"] });
  const weakness = passwordWeakness(password, [user.email, user.name]);
  if (weakness) throw new AppError("INVALID", weakness, { password: [weakness] });
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const count = await revokeAllSessions(user.id, tx);
    await writeAudit(tx, actor, {
      action: "user.setPassword",
      entity: "User",
      entityId: user.id,
      after: { revokedSessions: count },
    });
    return { revokedSessions: count };
  });
}
