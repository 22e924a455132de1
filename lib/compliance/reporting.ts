import { addDays, eachDay, wibDay } from "@/lib/day";

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
}): string[] {
  if (!options.liveSince) return [];
  // Going live or being suspended happens at an instant; the office's day is the WIB one.
  const live = wibDay(options.liveSince);
  const until = options.liveUntil ? wibDay(options.liveUntil) : undefined;
  return eachDay(options.from, options.to).filter((day) => {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    return day >= live && !(until && day >= until) && weekday !== 0 && (weekday !== 6 || options.opensSaturday);
  });
}

export type RateRow = { key: string; label: string; expected: number; received: number; onTime: number };

/** Share of expected reports received (and on time); null when none was expected. */
export function rate(part: number, expected: number): number | null {
  return expected === 0 ? null : Math.min(1, part / expected);
}
