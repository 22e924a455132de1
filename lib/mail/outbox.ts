import "server-only";
import { realNow } from "@/lib/clock";
import type { Db } from "@/lib/db";
import type { MailKind, Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log.mjs";
import { metrics } from "@/lib/metrics.mjs";
import { configuredTransport, type Envelope, type MailTransport } from "./transport";

// The outbox: every message SIGAP mails is first a row (written in the transaction of what
// caused it, so a message is never sent for a change that rolled back), then sent by
// deliverDue — right after the change, and by the `mail` job every minute for what failed.
// A send is claimed first (UPDATE … FOR UPDATE SKIP LOCKED), so two instances never send the
// same message; a failure is tried again with back-off, up to MAX_ATTEMPTS.

export type OutgoingMail = Envelope & {
  /** Unique per message: the same key queued twice is one message (a job run twice sends once). */
  key: string;
  kind: MailKind;
  userId?: string;
};

/** Tries before a message is given up (shown so on /admin/outbox): over about four hours. */
export const MAX_ATTEMPTS = 8;
/** How long a sender holds its claim: a sender that died lets another try after it. */
const CLAIM_MS = 2 * 60_000;

/** The wait after the n-th failed try: 1, 2, 4 … minutes, at most two hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 2 * 3_600_000);
}

/** Queues a message (in the caller's transaction); false when one with its key is queued already. */
export async function queueMail(db: Pick<Prisma.TransactionClient, "mailMessage">, mail: OutgoingMail) {
  const { count } = await db.mailMessage.createMany({ data: [mail], skipDuplicates: true });
  return count === 1;
}

type Claimed = { id: string; to: string; subject: string; text: string; html: string; attempts: number };

/** Takes up to `limit` messages due at `at` for this sender; no other sender takes them until the claim ends. */
async function claimDue(db: Db, at: Date, limit: number): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    UPDATE "MailMessage" SET "claimedUntil" = ${new Date(at.getTime() + CLAIM_MS)}
    WHERE id IN (
      SELECT id FROM "MailMessage"
      WHERE "sentAt" IS NULL AND "nextAttemptAt" <= ${at} AND ("claimedUntil" IS NULL OR "claimedUntil" < ${at})
      ORDER BY "nextAttemptAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", subject, text, html, attempts`;
}

export type DeliveryResult = { sent: number; failed: number; gaveUp: number; lastError?: string };

/**
 * Sends the messages due now through `transport`, recording each outcome: sent, or failed
 * with its error and the time of the next try (none after MAX_ATTEMPTS). Without a
 * transport nothing is sent: the outbox keeps the messages for /admin/outbox.
 */
export async function deliverDue(
  db: Db,
  transport: MailTransport | null = configuredTransport(),
  limit = 50,
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0, gaveUp: 0 };
  if (!transport) return result;
  for (const message of await claimDue(db, realNow(), limit)) {
    const attempts = message.attempts + 1;
    try {
      await transport.send(message);
      await db.mailMessage.update({
        where: { id: message.id },
        data: { sentAt: realNow(), attempts, nextAttemptAt: null, claimedUntil: null, lastError: null },
      });
      result.sent++;
      metrics().mailSends.inc({ outcome: "sent" });
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const givesUp = attempts >= MAX_ATTEMPTS;
      await db.mailMessage.update({
        where: { id: message.id },
        data: {
          attempts,
          lastError,
          claimedUntil: null,
          nextAttemptAt: givesUp ? null : new Date(realNow().getTime() + retryDelayMs(attempts)),
        },
      });
      result[givesUp ? "gaveUp" : "failed"]++;
      result.lastError = lastError;
      metrics().mailSends.inc({ outcome: givesUp ? "gave_up" : "failed" });
      log().warn({ mail: message.id, attempts, err: lastError }, "mail not sent");
    }
  }
  return result;
}

/**
 * Sends what is due now without holding the caller (after a change that queued a message):
 * a failure is left to the `mail` job's next run.
 */
export function deliverSoon(db: Db): void {
  if (!configuredTransport()) return;
  deliverDue(db).catch((error) => log().warn({ err: error }, "mail delivery deferred to the mail job"));
}
