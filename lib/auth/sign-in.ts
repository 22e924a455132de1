import "server-only";
import { clientAddress, createRateLimiter, type RateLimiter } from "@/lib/api/rate-limit";
import { redisClient } from "@/lib/redis";
import { writeAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { databaseFailure } from "@/lib/db-errors";
import { signInSchema } from "@/lib/validations/auth";
import { hashPassword, verifyPassword } from "./password";

// Checking an official's email and password, as an attacker would be checked:
// - failures are throttled per account (guessing one password) and per address (trying
//   many accounts), in this process's memory (#16 moves the counters to Redis);
// - an unknown email costs the same scrypt work as a known one, so timing says nothing;
// - every failure is audited with the address it came from, never with the password.

const WINDOW_MS = 15 * 60_000;
/** Wrong passwords an account may take per 15 minutes before it is locked for the rest of them. */
export const ACCOUNT_FAILURES = 5;
/** Failed sign-ins one address may make per 15 minutes (an office behind one NAT has many officials). */
export const ADDRESS_FAILURES = 30;

// Shared by every instance through Redis when there is one: a lockout on one holds on all.
let limiters: { perAccount: RateLimiter; perAddress: RateLimiter } | undefined;
const lockouts = () =>
  (limiters ??= {
    perAccount: createRateLimiter("signin-account", { limit: ACCOUNT_FAILURES, windowMs: WINDOW_MS }, redisClient()),
    perAddress: createRateLimiter("signin-address", { limit: ADDRESS_FAILURES, windowMs: WINDOW_MS }, redisClient()),
  });

/** Why a sign-in was refused; next-auth passes the code to the sign-in page as ?error=. */
export const SIGN_IN_ERRORS = { throttled: "Throttled", unavailable: "Unavailable" } as const;

let dummyHash: Promise<string> | undefined;
/** A hash to check unknown emails against, so they take as long as known ones. */
function unknownAccountHash(): Promise<string> {
  dummyHash ??= hashPassword(`unknown-${Math.random()}`);
  return dummyHash;
}

export type SignedInUser = { id: string; name: string; email: string; role: string; agencyId: string | null };

/**
 * The user these credentials belong to, or null (wrong email or password). Throws
 * Error(SIGN_IN_ERRORS.throttled) while the account or address is locked out and
 * Error(SIGN_IN_ERRORS.unavailable) when the database cannot be reached.
 */
export async function authorizeCredentials(
  credentials: unknown,
  headers: Headers,
  now = Date.now(),
): Promise<SignedInUser | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const address = clientAddress(headers);
  const { perAccount, perAddress } = lockouts();
  const [account, origin] = await Promise.all([perAccount.check(email, now), perAddress.check(address, now)]);
  if (!account.ok || !origin.ok) throw new Error(SIGN_IN_ERRORS.throttled);
  try {
    const user = await prisma.user.findUnique({ where: { email } });
    const matches = await verifyPassword(password, user?.passwordHash ?? (await unknownAccountHash()));
    if (!user || !user.active || !matches) {
      await Promise.all([perAccount.take(email, now), perAddress.take(address, now)]);
      await writeAudit(
        prisma,
        { label: `ip:${address}` },
        { action: "auth.signInFailed", entity: "User", entityId: user?.id ?? "-" },
      );
      return null;
    }
    await perAccount.reset(email);
    await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(now) } });
    return { id: user.id, name: user.name, email: user.email, role: user.role, agencyId: user.agencyId };
  } catch (error) {
    if (databaseFailure(error) === "UNAVAILABLE") throw new Error(SIGN_IN_ERRORS.unavailable);
    throw error;
  }
}
