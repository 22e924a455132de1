import "server-only";
import * as clock from "@/lib/clock";
import type { Db } from "@/lib/db";
import { addMonths, wibDayStart, wibDay, type Month } from "@/lib/day";
import { env } from "@/lib/env";

// Raw visit events are needed while their month can still change: the rollups are kept current
// as events arrive, and a month's public tables are released from the rollups. Once a month is
// older than the retention age (EVENT_RETENTION_MONTHS) and final — released, with no late
// visit pending — its raw events can go: dashboards and public tables read rollups only. What
// goes with them: replaying a draft rule over that month, and recognising an event sent
// again. So ingestion refuses events older than the same horizon (lib/services/ingest.ts), and
// a pruned month can never be counted twice.

/** Events deleted per statement: short transactions, so ingestion is never held up for long. */
const BATCH = 20_000;

/** The first month whose raw events are kept (WIB), `months` months before this one; null when retention is off. */
export function keptFromMonth(
  months: number | undefined = env().EVENT_RETENTION_MONTHS,
  now = clock.now(),
): Month | null {
  return months ? addMonths(wibDay(now).slice(0, 7), -months) : null;
}

/** The instant that month starts (events before it are refused and may be pruned); null when retention is off. */
export function rawEventsKeptFrom(
  months: number | undefined = env().EVENT_RETENTION_MONTHS,
  now = clock.now(),
): Date | null {
  const month = keptFromMonth(months, now);
  return month ? wibDayStart(`${month}-01`) : null;
}

export type PruneResult = {
  /** Months whose raw events were deleted, with how many. */
  pruned: { month: Month; events: number }[];
  /** Months old enough but not final (never released, or late visits pending): kept until they are. */
  waiting: Month[];
};

/**
 * Deletes the raw events of every month before `keptFrom` that is final, with the visitor
 * profiles a replay reads of it; the other rollups and releases stay as they are.
 */
export async function pruneRawEvents(db: Db, keptFrom: Month): Promise<PruneResult> {
  const months = await db.$queryRaw<{ month: Month; final: boolean }[]>`
    SELECT t.month,
           coalesce((SELECT r.revision FROM "PublicRelease" r WHERE r.month = t.month ORDER BY r.version DESC LIMIT 1)
                    = t.revision, false) AS final
    FROM "TrafficMonth" t
    WHERE t.month < ${keptFrom}
    ORDER BY t.month`;
  const result: PruneResult = { pruned: [], waiting: months.filter((m) => !m.final).map((m) => m.month) };
  for (const { month } of months.filter((m) => m.final)) {
    const [from, to] = [wibDayStart(`${month}-01`), wibDayStart(`${addMonths(month, 1)}-01`)];
    let events = 0;
    for (;;) {
      const deleted = await db.$executeRaw`
        WITH doomed AS (
          SELECT "officeId", id FROM "VisitEvent" WHERE "occurredAt" >= ${from} AND "occurredAt" < ${to} LIMIT ${BATCH}
        )
        DELETE FROM "VisitEvent" v USING doomed d WHERE v."officeId" = d."officeId" AND v.id = d.id`;
      events += deleted;
      if (deleted < BATCH) break;
    }
    // What a replay reads of the month goes with its events: a replay covers the days it can judge.
    const [firstDay, nextMonth] = [`${month}-01`, `${addMonths(month, 1)}-01`];
    await db.$transaction([
      db.$executeRaw`DELETE FROM "DailyVisitorProfile" WHERE day >= ${firstDay}::date AND day < ${nextMonth}::date`,
      db.$executeRaw`UPDATE "DailyOfficeTraffic" SET unprofiled = 0 WHERE day >= ${firstDay}::date AND day < ${nextMonth}::date`,
    ]);
    result.pruned.push({ month, events });
  }
  return result;
}
