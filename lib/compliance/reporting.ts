// DHIS2-style reporting rates: reports expected, received, and received on time.
// Pure: the data layer gives it office-days and reports.

/** A report is on time when it arrives by 10:00 WIB on the day after the day it covers. */
export function reportDeadline(day: string): Date {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return new Date(next.getTime() + 3 * 3_600_000); // 10:00 WIB = 03:00 UTC
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
  const days: string[] = [];
  const live = options.liveSince.toISOString().slice(0, 10);
  const until = options.liveUntil?.toISOString().slice(0, 10);
  for (let t = Date.parse(`${options.from}T00:00:00Z`); t <= Date.parse(`${options.to}T00:00:00Z`); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    const weekday = new Date(t).getUTCDay();
    if (day < live || (until && day >= until) || weekday === 0 || (weekday === 6 && !options.opensSaturday)) continue;
    days.push(day);
  }
  return days;
}

export type RateRow = { key: string; label: string; expected: number; received: number; onTime: number };

/** Share of expected reports received (and on time); null when none was expected. */
export function rate(part: number, expected: number): number | null {
  return expected === 0 ? null : Math.min(1, part / expected);
}
