import "server-only";
import { writeAudit, type AuditActor } from "@/lib/audit";
import { revokeAllSessions } from "@/lib/auth/sessions";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Writes an account's new password hash in `tx` and ends every session of the account but
 * `keep`, audited as `action` without any hash: every way a password changes (the CLI, one's own
 * change, an invitation or reset link) ends the same way.
 */
export async function storePasswordHash(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  userId: string,
  passwordHash: string,
  action: string,
  keep?: string,
): Promise<{ revokedSessions: number }> {
  await tx.user.update({ where: { id: userId }, data: { passwordHash } });
  const revokedSessions = await revokeAllSessions(userId, tx, keep);
  await writeAudit(tx, actor, { action, entity: "User", entityId: userId, after: { revokedSessions } });
  return { revokedSessions };
}
