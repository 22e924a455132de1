import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, dateOfDay, lastDayOf, monthsBetween, weekStart } from "@/lib/day";

// Dashboards read rollups whose size does not grow with the events per day or the length
// of the period: whole months come from MonthlyTraffic, whole weeks from
// WeeklyServiceTraffic, and only the days at the edges from a daily rollup
// (DailyServiceTraffic, or DailyTraffic when the age band is asked for). A six-month period
// reads six month slices and a few weeks instead of 180 day slices.

type Period = { from: string; to: string };
/** How finely the rows must be dated: every day, whole weeks at most, or whole months at most. */
export type Grain = "day" | "week" | "month";
export type SourceNeeds = { grain?: Grain; ageBand?: boolean };
export type PeriodParts = { months: string[]; weeks: string[]; days: Period[] };

/** The whole ISO weeks (their Mondays) inside a period, and the days before and after them. */
function splitWeeks({ from, to }: Period): { weeks: string[]; days: Period[] } {
  const first = weekStart(from) === from ? from : addDays(weekStart(from), 7);
  const weeks: string[] = [];
  for (let monday = first; addDays(monday, 6) <= to; monday = addDays(monday, 7)) weeks.push(monday);
  if (weeks.length === 0) return { weeks, days: [{ from, to }] };
  const end = addDays(weeks.at(-1)!, 6);
  return {
    weeks,
    days: [
      ...(from < first ? [{ from, to: addDays(first, -1) }] : []),
      ...(end < to ? [{ from: addDays(end, 1), to }] : []),
    ],
  };
}

/** Each month a period touches, with the part of the period inside it. */
export function monthPieces({ from, to }: Period): (Period & { month: string })[] {
  return monthsBetween(from.slice(0, 7), to.slice(0, 7)).map((m) => ({
    month: m,
    from: `${m}-01` < from ? from : `${m}-01`,
    to: lastDayOf(m) > to ? to : lastDayOf(m),
  }));
}

/** A period as whole months (grain "month"), whole weeks (grain ≥ "week") and the remaining days; together every day once. */
export function splitPeriod(period: Period, grain: Grain = "month"): PeriodParts {
  if (grain === "day") return { months: [], weeks: [], days: [period] };
  if (grain === "week") return { months: [], ...splitWeeks(period) };
  // By month, each month's part of the period is read on its own, so no week crosses a month.
  const pieces = monthPieces(period);
  const months = pieces.filter((p) => p.from === `${p.month}-01` && p.to === lastDayOf(p.month)).map((p) => p.month);
  const parts = pieces.filter((p) => !months.includes(p.month)).map(splitWeeks);
  return { months, weeks: parts.flatMap((p) => p.weeks), days: parts.flatMap((p) => p.days) };
}

/**
 * A derived table `t` ("day", "officeId", "serviceCode", outcome, "count" and, when asked,
 * "ageBand") of the traffic in a period, read from the smallest rollups that answer it. A
 * row of a whole month or week is dated on its first day.
 */
export function trafficSource(period: Period, { grain = "month", ageBand = false }: SourceNeeds = {}): Prisma.Sql {
  // The weekly rollup has no age band: with it, whole weeks are read as days.
  const parts = splitPeriod(period, ageBand && grain === "week" ? "day" : grain);
  const { months, weeks, days } = ageBand
    ? { ...parts, weeks: [], days: [...parts.days, ...parts.weeks.map((w) => ({ from: w, to: addDays(w, 6) }))] }
    : parts;
  const band = ageBand ? Prisma.sql`, "ageBand"` : Prisma.empty;
  const dates = (list: string[]) => list.map(dateOfDay);
  const slices: Prisma.Sql[] = [];
  if (months.length)
    slices.push(
      ageBand
        ? Prisma.sql`SELECT "month" AS "day", "officeId", "serviceCode", outcome, "count", "ageBand" FROM "MonthlyTraffic" WHERE "month" = ANY(${dates(months)}::date[])`
        : // Summed over the age band first: a quarter of the rows to join.
          Prisma.sql`SELECT "month" AS "day", "officeId", "serviceCode", outcome, sum("count")::int AS "count" FROM "MonthlyTraffic"
            WHERE "month" = ANY(${dates(months)}::date[]) GROUP BY 1, 2, 3, 4`,
    );
  if (weeks.length)
    slices.push(
      Prisma.sql`SELECT "week" AS "day", "officeId", "serviceCode", outcome, "count" FROM "WeeklyServiceTraffic" WHERE "week" = ANY(${dates(weeks)}::date[])`,
    );
  const daily = ageBand ? Prisma.sql`"DailyTraffic"` : Prisma.sql`"DailyServiceTraffic"`;
  for (const { from, to } of days)
    slices.push(
      Prisma.sql`SELECT "day", "officeId", "serviceCode", outcome, "count"${band} FROM ${daily} WHERE "day" BETWEEN ${dateOfDay(from)} AND ${dateOfDay(to)}`,
    );
  return Prisma.sql`(${Prisma.join(slices, " UNION ALL ")}) t`;
}
