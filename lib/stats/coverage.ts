import type { Day, Month } from "@/lib/day";

// Where the visit data are, so that every page with a period can say whether the period it
// shows holds any, and offer the latest that does.

/** One month of the traffic rollup: how many of its days hold visits, and the first and last of them. */
export type MonthDays = { month: Month; days: number; first: Day; last: Day };

export type Coverage = {
  /** The first and last day holding any visit (null: no data at all). */
  first: Day | null;
  last: Day | null;
  /** Months with any visit, oldest first (the month picker's choices). */
  months: Month[];
  /** Each of those months' first and last day with visits. */
  spans: { first: Day; last: Day }[];
};

/** The coverage of months of data (any order). */
export function coverageOf(months: MonthDays[]): Coverage {
  const sorted = [...months].filter((m) => m.days > 0).sort((a, b) => a.month.localeCompare(b.month));
  return {
    first: sorted[0]?.first ?? null,
    last: sorted.at(-1)?.last ?? null,
    months: sorted.map((m) => m.month),
    spans: sorted.map((m) => ({ first: m.first, last: m.last })),
  };
}

/** Whether any day of a period may hold visits (a month with visits overlaps it). */
export function periodHasData(coverage: Coverage, period: { from: Day; to: Day }): boolean {
  return coverage.spans.some((s) => s.first <= period.to && s.last >= period.from);
}

/** The latest period with data to offer when the one shown has none: the latest month with visits. */
export function latestPeriodWithData(coverage: Coverage): { from: Day; to: Day } | null {
  const month = coverage.months.at(-1);
  if (!month || !coverage.last) return null;
  return { from: `${month}-01`, to: coverage.last };
}
