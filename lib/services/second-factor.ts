import "server-only";
import { realNowMs } from "@/lib/clock";
import { writeAudit, type AuditActor } from "@/lib/audit";
import { revokeAllSessions } from "@/lib/auth/sessions";
import {
  acceptedTotpStep,
  newRecoveryCodes,
  totpReplayed,
  newTotpSecret,
  recoveryCodeHash,
  SECOND_FACTOR_REQUIRED,
  totpUri,
} from "@/lib/auth/totp";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { AppError, msg } from "@/lib/errors";

// An official's second factor: enrolled from their own account page (a secret shown as a QR
// code, confirmed with a first code, then ten recovery codes shown once), asked for at every
// sign-in, reset by an admin when the phone is lost. Every change is audited, never with a
// secret or a code. Access guards keep to the real clock (realNowMs in lib/clock.ts), not the business day.

const WRONG_CODE = msg("Kode verifikasi salah atau sudah dipakai: masukkan kode yang sedang tampil di aplikasi.");

/** An account without a second factor. */
const CLEARED = {
  totpSecret: null,
  totpEnabledAt: null,
  totpLastStep: null,
  recoveryCodeHashes: [],
};

async function accountOf(db: Db, id: string) {
  const user = await db.user.findUnique({ where: { id } });
  if (!user) throw new AppError("NOT_FOUND", "Pengguna tidak ditemukan.");
  return user;
}

/**
 * Starts enrolment: a new secret and the address of its QR code. Nothing is stored: the page
 * sends the secret back with the first code, and only a code made from it turns it on.
 */
export async function startSecondFactorEnrolment(db: Db, actor: Actor) {
  const user = await accountOf(db, actor.id);
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "Verifikasi dua langkah sudah aktif untuk akun ini.");
  const secret = newTotpSecret();
  return { secret, uri: totpUri(user.email, secret) };
}

/** Confirms enrolment of `secret` with a first code from it; turns the factor on and returns ten recovery codes, once. */
export async function confirmSecondFactorEnrolment(
  db: Db,
  actor: Actor,
  { secret, code }: { secret: string; code: string },
  now = realNowMs(),
) {
  const user = await accountOf(db, actor.id);
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "Verifikasi dua langkah sudah aktif untuk akun ini.");
  const step = acceptedTotpStep(secret, code, null, now);
  if (step === null) throw new AppError("INVALID", WRONG_CODE, { code: [WRONG_CODE] });
  const recoveryCodes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: {
        totpSecret: secret,
        totpEnabledAt: new Date(now),
        totpLastStep: step,
        recoveryCodeHashes: recoveryCodes.map(recoveryCodeHash),
      },
    });
    await writeAudit(tx, actor, { action: "user.secondFactorOn", entity: "User", entityId: user.id });
  });
  return { recoveryCodes };
}

/** Turns one's own second factor off, with a current code; not for roles that must have one. */
export async function turnOffSecondFactor(db: Db, actor: Actor, code: string, now = realNowMs()) {
  if (SECOND_FACTOR_REQUIRED.includes(actor.role))
    throw new AppError("CONFLICT", "Admin wajib memakai verifikasi dua langkah: tidak dapat dimatikan.");
  const user = await accountOf(db, actor.id);
  if (!user.totpEnabledAt) return { off: true };
  const spent = await spendSecondFactorCode(db, user.id, code, now);
  if (spent !== "totp" && spent !== "recovery") throw new AppError("INVALID", WRONG_CODE, { code: [WRONG_CODE] });
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: CLEARED });
    await writeAudit(tx, actor, { action: "user.secondFactorOff", entity: "User", entityId: user.id });
  });
  return { off: true };
}

/**
 * An admin resets an official's lost second factor: it is cleared and every session of the
 * account ends; the official enrols again after signing in (an admin must, at once).
 */
export async function resetSecondFactor(db: Db, actor: AuditActor, id: string) {
  const user = await accountOf(db, id);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: CLEARED });
    const revokedSessions = await revokeAllSessions(user.id, tx);
    await writeAudit(tx, actor, {
      action: "user.secondFactorReset",
      entity: "User",
      entityId: user.id,
      after: { revokedSessions },
    });
    return { email: user.email, revokedSessions };
  });
}

/**
 * Uses a code at sign-in: a TOTP code of a step after the last one accepted, or an unused
 * recovery code. Each is taken in one conditional UPDATE, so two sign-ins sending the same
 * code at once cannot both pass. "replayed" for the right code of a step already used, null
 * when nothing matches.
 */
export async function spendSecondFactorCode(
  db: Db,
  userId: string,
  code: string,
  now = realNowMs(),
): Promise<"totp" | "recovery" | "replayed" | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { totpSecret: true, totpLastStep: true },
  });
  if (!user?.totpSecret) return null;
  const step = acceptedTotpStep(user.totpSecret, code, user.totpLastStep, now);
  if (step !== null) {
    const { count } = await db.user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return count === 1 ? "totp" : "replayed";
  }
  if (totpReplayed(user.totpSecret, code, user.totpLastStep, now)) return "replayed";
  const hash = recoveryCodeHash(code);
  const used = await db.$executeRaw`
    UPDATE "User" SET "recoveryCodeHashes" = array_remove("recoveryCodeHashes", ${hash})
    WHERE id = ${userId} AND ${hash} = ANY("recoveryCodeHashes")`;
  return used === 1 ? "recovery" : null;
}
