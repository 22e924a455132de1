import "server-only";
import { randomBytes } from "node:crypto";
import { createRateLimiter, type RateLimiter } from "@/lib/api/rate-limit";
import { writeAudit } from "@/lib/audit";
import { hashLinkToken, linkState, type LinkState } from "@/lib/auth/account-link-token";
import { hashPassword } from "@/lib/auth/password";
import { passwordWeakness } from "@/lib/auth/password-policy";
import type { Actor } from "@/lib/auth/permissions";
import { realNow, realNowMs } from "@/lib/clock";
import { prisma, type Db } from "@/lib/db";
import { AppError, msg } from "@/lib/errors";
import type { AccountLinkKind, Prisma } from "@/lib/generated/prisma/client";
import { invitationMail, passwordResetMail, type Recipient } from "@/lib/mail/account-messages";
import { deliverSoon, queueMail } from "@/lib/mail/outbox";
import { redisClient } from "@/lib/redis";
import { parseOrThrow } from "@/lib/validations/parse";
import { storePasswordHash } from "./password-store";
import {
  passwordResetRequestSchema,
  setPasswordSchema,
  type PasswordResetRequest,
} from "@/lib/validations/account-links";

// The one-time links SIGAP mails to an official: an invitation to set the first password of
// an account an admin created, and a password reset asked for on "Lupa kata sandi?" (or sent
// by an admin). A link is 32 random bytes, stored only as its SHA-256; a new link of a kind
// revokes the older ones; the password it sets ends every session of the account; each use is
// one conditional UPDATE, so two tabs posting the same link set one password.

export const LINK_LIFETIME_MS: Record<AccountLinkKind, number> = {
  INVITATION: 72 * 3_600_000,
  PASSWORD_RESET: 30 * 60_000,
};

/** Reset links one account may be sent per hour, whoever asks: a mailbox is not flooded. */
export const RESETS_PER_ACCOUNT_PER_HOUR = 3;

type Mailed = Recipient & { id: string; agency: { name: string } | null };
const RECIPIENT = {
  id: true,
  name: true,
  email: true,
  role: true,
  locale: true,
  agency: { select: { name: true } },
} as const;

/** A new link of `kind` for `userId` (the older open ones of that kind revoked); its token, once. */
async function issueLink(tx: Prisma.TransactionClient, userId: string, kind: AccountLinkKind) {
  const at = realNow();
  await tx.accountLink.updateMany({
    where: { userId, kind, usedAt: null, revokedAt: null },
    data: { revokedAt: at },
  });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(at.getTime() + LINK_LIFETIME_MS[kind]);
  const link = await tx.accountLink.create({ data: { userId, kind, tokenHash: hashLinkToken(token), expiresAt } });
  return { id: link.id, token, expiresAt };
}

/** Issues an invitation link for `user` and queues its message (in `tx`). */
export async function queueInvitation(tx: Prisma.TransactionClient, user: Mailed, by: string) {
  const link = await issueLink(tx, user.id, "INVITATION");
  const mail = invitationMail(user, link, by, user.agency?.name ?? null);
  await queueMail(tx, { key: `invitation:${link.id}`, kind: "INVITATION", userId: user.id, to: user.email, ...mail });
  return { expiresAt: link.expiresAt };
}

async function queueReset(tx: Prisma.TransactionClient, user: Mailed) {
  const link = await issueLink(tx, user.id, "PASSWORD_RESET");
  const mail = passwordResetMail(user, link);
  await queueMail(tx, { key: `reset:${link.id}`, kind: "PASSWORD_RESET", userId: user.id, to: user.email, ...mail });
  return { expiresAt: link.expiresAt };
}

async function invitee(
  db: Pick<Prisma.TransactionClient, "user">,
  id: string,
): Promise<Mailed & { active: boolean; invited: boolean }> {
  const user = await db.user.findUnique({ where: { id }, select: { ...RECIPIENT, active: true, passwordHash: true } });
  if (!user) throw new AppError("NOT_FOUND", "Pengguna tidak ditemukan.");
  const { passwordHash, ...rest } = user;
  return { ...rest, invited: passwordHash === null };
}

/** An admin sends the invitation again: a new link (72 hours), the older one revoked. */
export async function resendInvitation(db: Db, actor: Actor, userId: string) {
  const result = await db.$transaction(async (tx) => {
    const user = await invitee(tx, userId);
    if (!user.invited) throw new AppError("CONFLICT", "Akun ini sudah memiliki kata sandi: kirim tautan atur ulang.");
    if (!user.active) throw new AppError("CONFLICT", "Akun ini nonaktif: aktifkan kembali dulu.");
    const sent = await queueInvitation(tx, user, actor.name);
    await writeAudit(tx, actor, { action: "user.invitationResent", entity: "User", entityId: userId, after: sent });
    return sent;
  });
  deliverSoon(db);
  return result;
}

/** An admin cancels an account's open invitation: its link refuses from now on. */
export async function revokeInvitation(db: Db, actor: Actor, userId: string) {
  return db.$transaction(async (tx) => {
    await invitee(tx, userId);
    const { count } = await tx.accountLink.updateMany({
      where: { userId, kind: "INVITATION", usedAt: null, revokedAt: null },
      data: { revokedAt: realNow() },
    });
    if (count === 0) throw new AppError("CONFLICT", "Tidak ada undangan terbuka untuk akun ini.");
    await writeAudit(tx, actor, { action: "user.invitationRevoked", entity: "User", entityId: userId });
    return { revoked: count };
  });
}

/** An admin sends an account a password reset link (no password is ever shown to the admin). */
export async function sendPasswordReset(db: Db, actor: Actor, userId: string) {
  const result = await db.$transaction(async (tx) => {
    const user = await invitee(tx, userId);
    if (!user.active) throw new AppError("CONFLICT", "Akun ini nonaktif: aktifkan kembali dulu.");
    const sent = await queueReset(tx, user);
    await writeAudit(tx, actor, { action: "user.passwordResetSent", entity: "User", entityId: userId, after: sent });
    return { email: user.email, ...sent };
  });
  deliverSoon(db);
  return result;
}

let perAccount: RateLimiter | undefined;
const resetsPerAccount = () =>
  (perAccount ??= createRateLimiter(
    "reset-account",
    { limit: RESETS_PER_ACCOUNT_PER_HOUR, windowMs: 3_600_000 },
    redisClient(),
  ));

/**
 * "Lupa kata sandi?": mails a reset link to `email` when it is an active account, at most
 * RESETS_PER_ACCOUNT_PER_HOUR an hour. Answers nothing either way — the page says the same
 * words for every address (the route limits each client address). Audited with the address.
 */
export async function requestPasswordReset(
  input: PasswordResetRequest,
  address: string,
  db: Db = prisma,
): Promise<void> {
  const { email } = parseOrThrow(passwordResetRequestSchema, input, "Alamat email tidak valid.");
  const user = await db.user.findUnique({ where: { email }, select: { ...RECIPIENT, active: true } });
  if (!user?.active) return;
  if (!(await resetsPerAccount().take(user.id, realNowMs())).ok) return;
  await db.$transaction(async (tx) => {
    const sent = await queueReset(tx, user);
    await writeAudit(
      tx,
      { label: `ip:${address}` },
      { action: "auth.passwordResetRequested", entity: "User", entityId: user.id, after: sent },
    );
  });
  deliverSoon(db);
}

const LINK_REFUSED: Record<Exclude<LinkState, "USABLE">, string> = {
  EXPIRED: msg("Tautan ini sudah kedaluwarsa: minta tautan baru."),
  USED: msg("Tautan ini sudah dipakai: minta tautan baru bila perlu."),
  REVOKED: msg("Tautan ini sudah dibatalkan: pakai tautan terbaru."),
  UNKNOWN: msg("Tautan tidak dikenal: salin seluruh tautan dari pesan."),
};

/**
 * Sets the password of the account a usable link belongs to, from the page the link opens:
 * the password policy first (a weak password does not spend the link), then the link is spent
 * by one conditional UPDATE, every session of the account ends, the other open links of the
 * account are revoked, and the change is audited. Throws for a link that cannot be used.
 */
export async function setPasswordWithLink(input: unknown, address: string, db: Db = prisma) {
  const data = parseOrThrow(setPasswordSchema, input, "Isian kata sandi belum benar.");
  const tokenHash = hashLinkToken(data.token);
  const link = await db.accountLink.findUnique({
    where: { tokenHash },
    include: { user: { select: { id: true, email: true, name: true, active: true } } },
  });
  const state = linkState(link, realNow());
  if (state !== "USABLE") throw new AppError("CONFLICT", LINK_REFUSED[state], { token: [LINK_REFUSED[state]] });
  const { user } = link!;
  const weakness = passwordWeakness(data.password, [user.email, user.name]);
  if (weakness) throw new AppError("INVALID", weakness, { password: [weakness] });
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const at = realNow();
    const spent = await tx.accountLink.updateMany({
      where: { id: link!.id, usedAt: null, revokedAt: null, expiresAt: { gt: at } },
      data: { usedAt: at },
    });
    if (spent.count === 0) throw new AppError("CONFLICT", LINK_REFUSED.USED, { token: [LINK_REFUSED.USED] });
    await tx.accountLink.updateMany({
      where: { userId: user.id, usedAt: null, revokedAt: null },
      data: { revokedAt: at },
    });
    const action = link!.kind === "INVITATION" ? "user.invitationAccepted" : "user.passwordResetByLink";
    await storePasswordHash(tx, { label: `ip:${address}` }, user.id, passwordHash, action);
    return { email: user.email, kind: link!.kind };
  });
}
