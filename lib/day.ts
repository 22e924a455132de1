// Calendar days and months as the strings SIGAP stores and shows ("2021-09-09", "2021-09").
// A day is a WIB (Asia/Jakarta, UTC+7, no daylight saving) calendar day: the one every
// official means. Day arithmetic runs on UTC midnights, where every day has 24 hours, so
// no caller computes with milliseconds itself.

/** "YYYY-MM-DD". */
export type Day = string;
/** "YYYY-MM". */
export type Month = string;

export const DAY_MS = 86_400_000;
const WIB_OFFSET_MS = 7 * 3_600_000;

const midnight = (day: Day) => Date.parse(`${day}T00:00:00Z`);
const dayAt = (ms: number): Day => new Date(ms).toISOString().slice(0, 10);

/** The WIB calendar day of an instant: 2021-09-08T17:00Z is already 9 Sept in Bekasi. */
export function wibDay(at: Date): Day {
  return dayAt(at.getTime() + WIB_OFFSET_MS);
}

/** The instant a WIB day begins (00:00 WIB = 17:00 UTC the day before). */
export function wibDayStart(day: Day): Date {
  return new Date(midnight(day) - WIB_OFFSET_MS);
}

/** A PostgreSQL DATE value (read as UTC midnight) → its day. */
export function dayOfDate(value: Date): Day {
  return dayAt(value.getTime());
}

/** A day → the Date a PostgreSQL DATE parameter takes (UTC midnight). */
export function dateOfDay(day: Day): Date {
  return new Date(midnight(day));
}

/** The day `count` days after `day` (before, when negative). */
export function addDays(day: Day, count: number): Day {
  return dayAt(midnight(day) + count * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((midnight(to) - midnight(from)) / DAY_MS);
}

/** Every day from `from` to `to`, inclusive (none when `to` is earlier). */
export function eachDay(from: Day, to: Day): Day[] {
  const days: Day[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The day of the week of a day: 0 Sunday … 6 Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(midnight(day)).getUTCDay();
}

/** The Monday (ISO week start) of a day's week. */
export function weekStart(day: Day): Day {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/** The YYYY-MM month `count` months after another (before, when negative). */
export function addMonths(month: Month, count: number): Month {
  const d = new Date(midnight(`${month}-01`));
  d.setUTCMonth(d.getUTCMonth() + count);
  return d.toISOString().slice(0, 7);
}

/** The months from one YYYY-MM to another, inclusive. */
export function monthsBetween(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** Every day of a YYYY-MM month. */
export function daysOf(month: Month): Day[] {
  return eachDay(`${month}-01`, lastDayOf(month));
}

/** The last day of a YYYY-MM month. */
export function lastDayOf(month: Month): Day {
  return addDays(`${addMonths(month, 1)}-01`, -1);
}
