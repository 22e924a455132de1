import { daysBetween, daysOf, lastDayOf, type Day, type Month } from "@/lib/day";

// Where the visit data are, so that default periods land on them and every page can say so.
// A month "has data" when visits were recorded on at least half of its days (of its days so
// far, for the month under way): a few desk checks in an otherwise empty month — a test, a
// device switched on early — are shown when asked for, but never move a default.

/** One month of the traffic rollup: how many of its days hold visits, and the first and last of them. */
export type MonthDays = { month: Month; days: number; first: Day; last: Day };

export type Coverage = {
  /** The first and last day holding any visit (null: no data at all). */
  first: Day | null;
  last: Day | null;
  /** The last day of data in the latest month that has data: where defaults and lateness end. */
  settled: Day | null;
  /** The latest month that has data and is over: the default period. */
  lastCompleteMonth: Month | null;
  /** Months with any visit, oldest first (the month picker's choices). */
  months: Month[];
};

const MIN_SHARE_OF_DAYS = 0.5;

function hasData(m: MonthDays, today: Day): boolean {
  const current = today.slice(0, 7) === m.month;
  const daysSoFar = current ? daysBetween(`${m.month}-01`, today) + 1 : daysOf(m.month).length;
  return m.days >= daysSoFar * MIN_SHARE_OF_DAYS;
}

/** The coverage of months of data (any order) seen on `today` (WIB). */
export function coverageOf(months: MonthDays[], today: Day): Coverage {
  const sorted = [...months].filter((m) => m.days > 0).sort((a, b) => a.month.localeCompare(b.month));
  const settledMonths = sorted.filter((m) => hasData(m, today));
  const latest = settledMonths.at(-1);
  const complete = settledMonths.filter((m) => lastDayOf(m.month) < today).at(-1);
  return {
    first: sorted[0]?.first ?? null,
    last: sorted.at(-1)?.last ?? null,
    settled: latest?.last ?? sorted.at(-1)?.last ?? null,
    lastCompleteMonth: complete?.month ?? null,
    months: sorted.map((m) => m.month),
  };
}
