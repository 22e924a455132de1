import "server-only";
import { realNow, realNowMs } from "@/lib/clock";
import { writeAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./permissions";

// Server-side sessions behind the JWT cookie: the cookie names a UserSession row, and only a
// live row (not revoked, not expired, user active) makes a request signed in. Signing out
// revokes the row, so a copied cookie stops working at once instead of after 12 hours.

/** Opens a session for a user who just proved their password; audited in the same transaction. */
export async function openSession(actor: Actor, hours: number): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const session = await tx.userSession.create({
      data: { userId: actor.id, expiresAt: new Date(realNowMs() + hours * 3600_000) },
    });
    await writeAudit(tx, actor, { action: "auth.signIn", entity: "User", entityId: actor.id });
    return session.id;
  });
}

/** Ends one session (signing out). */
export async function revokeSession(sessionId: string): Promise<void> {
  await prisma.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: realNow() } });
}

/**
 * Ends every session of a user (a password change, a deactivation) but `keep` (the browser
 * that changed its own password), in `db`'s transaction when given one.
 */
export async function revokeAllSessions(
  userId: string,
  db: Pick<Prisma.TransactionClient, "userSession"> = prisma,
  keep?: string,
): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: realNow() },
  });
  return count;
}

/** The official behind a live session, or null. */
export async function actorOfSession(sessionId: string, userId: string, now = realNow()): Promise<Actor | null> {
  const row = await prisma.userSession.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!row || row.revokedAt || row.expiresAt <= now || row.userId !== userId || !row.user.active) return null;
  const { user } = row;
  return {
    id: user.id,
    role: user.role,
    agencyId: user.agencyId,
    name: user.name,
    email: user.email,
    sessionId: row.id,
    secondFactor: user.totpEnabledAt !== null,
  };
}
