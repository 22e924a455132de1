import "server-only";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { JOB_ACTOR } from "@/lib/audit";
import { now, realNow } from "@/lib/clock";
import { DAY_MS } from "@/lib/day";
import { pool, prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { releaseMonthsDue, reviseMonthsWithLateVisits } from "@/lib/services/public-releases";
import { keptFromMonth, pruneRawEvents } from "@/lib/services/event-retention";
import { remindAgencies } from "@/lib/services/reminders";
import { sendWeeklyDigest } from "@/lib/services/digest";
import { deliverDue } from "@/lib/mail/outbox";
import { configuredTransport } from "@/lib/mail/transport";
import { backupDatabase } from "@/scripts/lib/backup";
import type { JobName } from "./schedule";

// What each scheduled job does. Each returns a short summary (kept with the run, shown on
// /admin/jobs) and is safe to run again: the queue runs it once per schedule across instances,
// retries a failure with back-off, and a day missed is caught up by the next run.

/** Sessions expired or signed out this long ago are deleted: the audit log keeps the sign-ins. */
const SESSION_KEEP_MS = 7 * DAY_MS;

export const JOB_HANDLERS: Record<JobName, () => Promise<Record<string, unknown>>> = {
  async "month-close"() {
    return { released: await releaseMonthsDue(prisma, now()) };
  },
  async "release-revisions"() {
    return { months: await reviseMonthsWithLateVisits(prisma, JOB_ACTOR, now()) };
  },
  async backup() {
    const dir = env().BACKUP_DIR ?? path.join(env().SIGAP_DATA_DIR, "backups");
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Named by the real instant (sortable), so rotation keeps the newest.
    const file = path.join(dir, `sigap-${realNow().toISOString().replace(/[:.]/g, "-")}.jsonl.gz`);
    const tables = await backupDatabase(pool(), file);
    const kept = readdirSync(dir)
      .filter((f) => /^sigap-.*\.jsonl\.gz$/.test(f))
      .sort();
    const removed = kept.slice(0, Math.max(0, kept.length - env().BACKUP_KEEP));
    for (const old of removed) rmSync(path.join(dir, old));
    return { file, rows: Object.values(tables).reduce((a, b) => a + b, 0), removed: removed.length };
  },
  async "event-retention"() {
    const keptFrom = keptFromMonth();
    if (!keptFrom) return { skipped: "EVENT_RETENTION_MONTHS is not set: every raw event is kept" };
    return { keptFrom, ...(await pruneRawEvents(prisma, keptFrom)) };
  },
  async "clean-up"() {
    const before = new Date(realNow().getTime() - SESSION_KEEP_MS);
    const { count } = await prisma.userSession.deleteMany({
      where: { OR: [{ expiresAt: { lt: before } }, { revokedAt: { lt: before } }] },
    });
    return { sessionsDeleted: count };
  },
  async reminders() {
    return remindAgencies(prisma, now());
  },
  async "weekly-digest"() {
    return sendWeeklyDigest(prisma);
  },
  async mail() {
    const transport = configuredTransport();
    if (!transport) return { kept: "SMTP_URL is not set: messages stay in the outbox (/admin/outbox)" };
    const result = await deliverDue(prisma, transport);
    // Nothing got through: the run fails, so /admin/jobs and the job metrics show it; each
    // message keeps its own back-off in the outbox.
    if (result.sent === 0 && result.failed + result.gaveUp > 0)
      throw new Error(`${result.failed + result.gaveUp} message(s) not sent: ${result.lastError}`);
    return result;
  },
};
