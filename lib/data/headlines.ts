import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { officesOfSql } from "@/lib/auth/scope";
import { today as clockToday } from "@/lib/clock";
import { addDays, dateOfDay, type Day } from "@/lib/day";
import { readDb } from "@/lib/read-db";
import { findReleasedMonths } from "./public-releases";
import { findReportingRates } from "./reporting-rates";
import { countRollout } from "./rollout";

// The task force's headline numbers: what a morning look at the dashboard should tell — how
// far the rollout is, whether reports come in, how many visitors were sent to vaccination,
// today's checks so far, late visits waiting for a revision — each with the page it comes from.

export type Headlines = {
  offices: { total: number; scanning: number; overdue: number };
  /** The last seven whole days (today's reports may not be in yet). */
  week: { from: Day; to: Day; reportsExpected: number; reportsReceived: number; referrals: number };
  today: { day: Day; visits: number };
  /** Late visits of released months that can still be revised (null: the actor cannot publish releases). */
  lateVisits: { waiting: number; months: string[] } | null;
};

/** The headline numbers in the actor's scope, as of SIGAP's today. */
export async function findHeadlines(actor: Actor): Promise<Headlines> {
  const db = await readDb();
  const day = clockToday();
  const from = addDays(day, -7);
  const to = addDays(day, -1);
  const [offices, rates, [counts], released] = await Promise.all([
    countRollout(actor, day),
    findReportingRates(actor, { from, to, by: "agency" }),
    db.$queryRaw<{ referrals: bigint | null; today: bigint | null }[]>`
      SELECT
        (SELECT sum(t."count") FROM "DailyServiceTraffic" t JOIN "Office" o ON o.id = t."officeId"
          WHERE t.outcome = 'REFERRED' AND t."day" BETWEEN ${dateOfDay(from)} AND ${dateOfDay(to)} AND ${officesOfSql(actor)})::bigint AS referrals,
        (SELECT sum(t."count") FROM "DailyOfficeTraffic" t JOIN "Office" o ON o.id = t."officeId"
          WHERE t."day" = ${dateOfDay(day)} AND ${officesOfSql(actor)})::bigint AS today`,
    can(actor, "releases.publish") ? findReleasedMonths() : Promise.resolve(null),
  ]);
  const waiting = released?.filter((m) => m.lateEvents > 0 && m.status !== "final") ?? null;
  return {
    offices,
    week: {
      from,
      to,
      reportsExpected: rates.reduce((sum, r) => sum + r.expected, 0),
      reportsReceived: rates.reduce((sum, r) => sum + r.received, 0),
      referrals: Number(counts?.referrals ?? 0),
    },
    today: { day, visits: Number(counts?.today ?? 0) },
    lateVisits: waiting && {
      waiting: waiting.reduce((sum, m) => sum + m.lateEvents, 0),
      months: waiting.map((m) => m.month),
    },
  };
}
