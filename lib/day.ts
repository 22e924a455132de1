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

// Days are read and turned back into strings by arithmetic (H. Hinnant's days_from_civil and
// civil_from_days), not through a Date: on the server Next wraps the Date constructor, and
// /compliance made some 19 000 Dates a request for its office-days — a tenth of its CPU.

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil); a day past its month's end rolls over, as Date.parse does. */
function epochDayOf(year: number, month: number, day: number): number {
  const y = year - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return (
    era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468
  );
}

const DAY_SHAPE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** UTC midnight of a day, in ms (NaN when it is not a day). */
function midnight(day: Day): number {
  const parts = DAY_SHAPE.exec(day);
  if (!parts) return Date.parse(`${day}T00:00:00Z`);
  return epochDayOf(Number(parts[1]), Number(parts[2]), Number(parts[3])) * DAY_MS;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** The proleptic Gregorian date of a count of days since 1970-01-01. */
function civilOf(epochDay: number): [year: number, month: number, day: number] {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth + (shiftedMonth < 10 ? 3 : -9);
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1];
}

function dayAt(ms: number): Day {
  if (!Number.isFinite(ms)) throw new RangeError("Invalid time value");
  const [year, month, day] = civilOf(Math.floor(ms / DAY_MS));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

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
  const ms = midnight(day);
  if (!Number.isFinite(ms)) throw new RangeError("Invalid time value");
  // 1970-01-01 was a Thursday (4).
  return (((Math.floor(ms / DAY_MS) + 4) % 7) + 7) % 7;
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
