import "server-only";
import { realNowMs } from "@/lib/clock";
import { clientAddress, createRateLimiter, type RateLimiter } from "@/lib/api/rate-limit";
import { redisClient } from "@/lib/redis";
import { writeAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { GateFullError } from "@/lib/concurrency-gate";
import { databaseFailure } from "@/lib/db-errors";
import { spendSecondFactorCode } from "@/lib/services/second-factor";
import { signInSchema } from "@/lib/validations/auth";
import { ACCOUNT_FAILURES, ADDRESS_FAILURES, CODE_FAILURES, WINDOW_MS } from "./sign-in-limits";
import { hashPassword, verifyPassword } from "./password";
import { SIGN_IN_ERRORS, signInError } from "./sign-in-errors";

// Checking an official's email and password, as an attacker would be checked:
// - failures are throttled per account (guessing one password) and per address (trying
//   many accounts), in Redis when there is one, else in this process's memory;
// - password checks run behind one gate (lib/auth/password.ts): a burst past it is "busy";
// - an unknown email costs the same scrypt work as a known one, so timing says nothing;
// - every failure is audited with the address it came from, never with the password.

export { ACCOUNT_FAILURES, ADDRESS_FAILURES, CODE_FAILURES, SIGN_IN_ERRORS };

// Shared by every instance through Redis when there is one: a lockout on one holds on all.
let limiters: { perAccount: RateLimiter; perAddress: RateLimiter; codes: RateLimiter } | undefined;
const lockouts = () =>
  (limiters ??= {
    perAccount: createRateLimiter("signin-account", { limit: ACCOUNT_FAILURES, windowMs: WINDOW_MS }, redisClient()),
    perAddress: createRateLimiter("signin-address", { limit: ADDRESS_FAILURES, windowMs: WINDOW_MS }, redisClient()),
    codes: createRateLimiter("signin-code", { limit: CODE_FAILURES, windowMs: WINDOW_MS }, redisClient()),
  });

let dummyHash: Promise<string> | undefined;
/** A hash to check unknown emails against, so they take as long as known ones. */
function unknownAccountHash(): Promise<string> {
  dummyHash ??= hashPassword(`unknown-${Math.random()}`);
  return dummyHash;
}

/**
 * The second step of a sign-in whose password was right: throws codeNeeded without a code,
 * codeInvalid for a wrong or used one (counted per account, reserved before the check like
 * passwords), throttled past CODE_FAILURES.
 */
async function checkSecondFactor(
  userId: string,
  email: string,
  code: string | undefined,
  address: string,
  now: number,
) {
  if (!code) throw signInError(SIGN_IN_ERRORS.codeNeeded);
  const { codes } = lockouts();
  const slot = await codes.take(email, now);
  if (!slot.ok) throw signInError(SIGN_IN_ERRORS.throttled, slot.retryAfterSeconds);
  const used = await spendSecondFactorCode(prisma, userId, code);
  // The right code, but its step was taken already: refused, and not counted as a guess.
  if (used === "replayed") {
    await codes.release(email, now);
    throw signInError(SIGN_IN_ERRORS.codeInvalid);
  }
  if (!used) {
    await writeAudit(
      prisma,
      { label: `ip:${address}` },
      { action: "auth.secondFactorFailed", entity: "User", entityId: userId },
    );
    throw signInError(SIGN_IN_ERRORS.codeInvalid);
  }
  await codes.reset(email);
}

export type SignedInUser = { id: string; name: string; email: string; role: string; agencyId: string | null };

/**
 * The user these credentials belong to, or null (wrong email or password). Throws
 * a sign-in error (lib/auth/sign-in-errors.ts): throttled or addressThrottled, with the seconds
 * left, while the account or the address is locked out; unavailable when the database cannot be
 * reached; busy when the password checks are full.
 */
export async function authorizeCredentials(
  credentials: unknown,
  headers: Headers,
  now = realNowMs(),
): Promise<SignedInUser | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const address = clientAddress(headers);
  const { perAccount, perAddress } = lockouts();
  // Each attempt reserves its slot in both counters before any password is checked, so a
  // burst sent at once is cut at the limit like a sequence is; a slot that turns out not to
  // be a failure is given back below.
  const slots = await Promise.all([perAccount.take(email, now), perAddress.take(address, now)]);
  const release = () =>
    Promise.all([
      slots[0].ok ? perAccount.release(email, now) : undefined,
      slots[1].ok ? perAddress.release(address, now) : undefined,
    ]);
  const [account, byAddress] = slots;
  if (!account.ok || !byAddress.ok) {
    await release();
    // A locked address is refused for every account: the server in front of the app answers
    // it itself until then (lib/refused-addresses.mjs), so a burst costs the app ~30 attempts.
    if (!byAddress.ok) throw signInError(SIGN_IN_ERRORS.addressThrottled, byAddress.retryAfterSeconds);
    throw signInError(SIGN_IN_ERRORS.throttled, account.ok ? undefined : account.retryAfterSeconds);
  }
  try {
    const user = await prisma.user.findUnique({ where: { email } });
    const matches = await verifyPassword(password, user?.passwordHash ?? (await unknownAccountHash()));
    if (!user || !user.active || !matches) {
      await writeAudit(
        prisma,
        { label: `ip:${address}` },
        { action: "auth.signInFailed", entity: "User", entityId: user?.id ?? "-" },
      );
      return null;
    }
    await Promise.all([perAccount.reset(email), perAddress.release(address, now)]);
    if (user.totpEnabledAt) await checkSecondFactor(user.id, email, parsed.data.code, address, now);
    await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(now) } });
    return { id: user.id, name: user.name, email: user.email, role: user.role, agencyId: user.agencyId };
  } catch (error) {
    // Not a failure of the password: the attempt was never checked.
    if (error instanceof GateFullError) {
      await release();
      throw signInError(SIGN_IN_ERRORS.busy);
    }
    if (databaseFailure(error) === "UNAVAILABLE") throw signInError(SIGN_IN_ERRORS.unavailable);
    throw error;
  }
}
