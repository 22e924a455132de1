import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { lastDayOf, monthsBetween } from "@/lib/stats/period-tables";

// Dashboards read rollups whose size does not grow with the events per day: whole months
// come from MonthlyTraffic (one row per office × service × outcome × age band and month),
// only the days at the edges of a period from a daily rollup — DailyServiceTraffic, or
// DailyTraffic when the age band is asked for. A six-month period reads six month slices
// instead of 180 day slices.

type Period = { from: string; to: string };
export type SourceNeeds = { days?: boolean; ageBand?: boolean };

const date = (day: string) => new Date(`${day}T00:00:00Z`);

/** The whole calendar months inside a period, and the days before and after them. */
export function splitPeriod({ from, to }: Period): { months: string[]; edges: Period[] } {
  const months = monthsBetween(from.slice(0, 7), to.slice(0, 7)).filter((m) => `${m}-01` >= from && lastDayOf(m) <= to);
  if (months.length === 0) return { months, edges: [{ from, to }] };
  const first = `${months[0]}-01`;
  const last = lastDayOf(months.at(-1)!);
  const before = from < first ? [{ from, to: new Date(date(first).getTime() - 86_400_000).toISOString().slice(0, 10) }] : [];
  const after = last < to ? [{ from: new Date(date(last).getTime() + 86_400_000).toISOString().slice(0, 10), to }] : [];
  return { months, edges: [...before, ...after] };
}

/**
 * A derived table `t` ("day", "officeId", "serviceCode", outcome, "count" and, when asked,
 * "ageBand") of the traffic in a period, read from the smallest rollups that answer it.
 * With `days`, every row is one day (for series by day or week); otherwise a whole month is
 * one row dated on its first day.
 */
export function trafficSource(period: Period, needs: SourceNeeds = {}): Prisma.Sql {
  const band = needs.ageBand ? Prisma.sql`, "ageBand"` : Prisma.empty;
  const daily = needs.ageBand ? Prisma.sql`"DailyTraffic"` : Prisma.sql`"DailyServiceTraffic"`;
  const dailySlice = ({ from, to }: Period) =>
    Prisma.sql`SELECT "day", "officeId", "serviceCode", outcome, "count"${band} FROM ${daily} WHERE "day" BETWEEN ${date(from)} AND ${date(to)}`;
  if (needs.days) return Prisma.sql`(${dailySlice(period)}) t`;
  const { months, edges } = splitPeriod(period);
  // Without the age band, a month's rows are summed over it first (a quarter of the rows to join).
  const monthly =
    months.length === 0
      ? []
      : [
          Prisma.sql`SELECT "month" AS "day", "officeId", "serviceCode", outcome, ${needs.ageBand ? Prisma.sql`"count", "ageBand"` : Prisma.sql`sum("count")::int AS "count"`}
            FROM "MonthlyTraffic" WHERE "month" = ANY(${months.map((m) => date(`${m}-01`))}::date[])
            ${needs.ageBand ? Prisma.empty : Prisma.sql`GROUP BY 1, 2, 3, 4`}`,
        ];
  return Prisma.sql`(${Prisma.join([...monthly, ...edges.map(dailySlice)], " UNION ALL ")}) t`;
}
