import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";

/** What changed: written by every mutation, in the same transaction as the change. */
export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

type AuditClient = Pick<Prisma.TransactionClient, "auditLog">;

/** Who made a change: a signed-in official, or a label such as "cli" or "seed". */
export type AuditActor = Actor | { label: string };

/** The scheduled jobs as an actor: recorded as "job" in the audit log, reaching every agency (lib/auth/scope.ts). */
export const JOB_ACTOR: AuditActor = { label: "job" };

/** Records one change in the audit log (who, when, what, before, after). */
export async function writeAudit(db: AuditClient, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const by = "label" in actor ? { actorLabel: actor.label } : { actorId: actor.id, actorLabel: actor.email };
  await db.auditLog.create({
    data: {
      ...by,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

// Dates and BigInts become strings so any record can be kept as JSON.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}
