import { addDays, eachDay, weekdayOf, wibDay } from "@/lib/day";

// DHIS2-style reporting rates: reports expected, received, and received on time.
// Pure: the data layer gives it office-days and reports.

/** A report is on time when it arrives by 10:00 WIB on the day after the day it covers. */
export function reportDeadline(day: string): Date {
  return new Date(`${addDays(day, 1)}T10:00:00+07:00`);
}

export function isOnTime(day: string, submittedAt: Date): boolean {
  return submittedAt.getTime() <= reportDeadline(day).getTime();
}

/** The days an office is expected to report in [from, to]: open days once it scans (Mon–Fri, Sat where open). */
export function expectedDays(options: {
  from: string;
  to: string;
  liveSince: Date | null;
  liveUntil?: Date | null;
  opensSaturday: boolean;
  /** SIGAP's today: no report is expected for a day that has not come. */
  today: string;
}): string[] {
  if (!options.liveSince) return [];
  // Going live or being suspended happens at an instant; the office's day is the WIB one.
  const live = wibDay(options.liveSince);
  const until = options.liveUntil ? wibDay(options.liveUntil) : undefined;
  return eachDay(options.from, options.to).filter((day) => {
    const weekday = weekdayOf(day);
    return (
      day >= live &&
      day <= options.today &&
      !(until && day >= until) &&
      weekday !== 0 &&
      (weekday !== 6 || options.opensSaturday)
    );
  });
}

export type RateRow = { key: string; label: string; expected: number; received: number; onTime: number };

/** Share of expected reports received (and on time); null when none was expected. */
export function rate(part: number, expected: number): number | null {
  return expected === 0 ? null : Math.min(1, part / expected);
}

/**
 * DHIS2's reporting-rate legend: 90 % and more is good, 70–90 % fair, under 70 % poor. A
 * band is also named in words next to its colour, for whoever does not see the colour.
 */
export type RateBand = "good" | "fair" | "poor";
export const RATE_BAND_FLOORS: Record<RateBand, number> = { good: 0.9, fair: 0.7, poor: 0 };

export function rateBand(share: number | null): RateBand | null {
  if (share === null) return null;
  return share >= RATE_BAND_FLOORS.good ? "good" : share >= RATE_BAND_FLOORS.fair ? "fair" : "poor";
}

export const RATE_SORTS = ["name", "expected", "received", "onTime"] as const;
export type RateSort = { id: (typeof RATE_SORTS)[number]; desc: boolean };

/** Rows in `sort` order; by a rate, rows where nothing was expected come last either way. */
export function sortRates(rows: readonly RateRow[], sort: RateSort): RateRow[] {
  const valueOf = (row: RateRow): number | string | null =>
    sort.id === "name"
      ? row.label
      : sort.id === "expected"
        ? row.expected
        : rate(sort.id === "received" ? row.received : row.onTime, row.expected);
  const direction = sort.desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const [x, y] = [valueOf(a), valueOf(b)];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === "string" ? x.localeCompare(y as string, "id") : x - (y as number);
    return order * direction || a.label.localeCompare(b.label, "id");
  });
}
