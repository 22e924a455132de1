import { z } from "zod";
import { addDays, addMonths, daysBetween, lastDayOf, type Day, type Month } from "@/lib/day";
import type { Coverage } from "@/lib/stats/coverage";
import { isoDay } from "@/lib/validations/dates";

// The period every page with one (dashboard, traffic, compliance) reads from its URL:
// ?month=2022-02, or ?from=2022-02-01&to=2022-02-28, or nothing (the page's default, on the
// last complete month of data: see lib/stats/coverage.ts). A period that cannot be shown is
// never silently replaced: the page shows what it shows instead, and the problem says why.

export const MAX_PERIOD_DAYS = 366;

export type PeriodProblem =
  | { code: "invalidDay"; field: "from" | "to"; value: string }
  | { code: "invalidMonth"; value: string }
  | { code: "reversed"; from: Day; to: Day }
  | { code: "tooLong"; days: number };

export type Period = {
  from: Day;
  to: Day;
  /** The default was used: nothing (valid) was asked for. */
  isDefault: boolean;
  problem: PeriodProblem | null;
};

/** How long a page's default period is: whole months ending with the last complete month of data. */
export type DefaultSpan = { months: number };

const day = isoDay();
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** The page's default period: `span.months` whole months up to the last complete month, else the 28 days up to the data's end. */
export function defaultPeriod(coverage: Coverage, span: DefaultSpan, today: Day): { from: Day; to: Day } {
  if (coverage.lastCompleteMonth) {
    return {
      from: `${addMonths(coverage.lastCompleteMonth, -(span.months - 1))}-01`,
      to: lastDayOf(coverage.lastCompleteMonth),
    };
  }
  const to = coverage.settled ?? today;
  return { from: addDays(to, -27), to };
}

/** The period a URL asks for (first values of its parameters), resolved against the data's coverage. */
export function resolvePeriod(
  raw: Record<string, string | undefined>,
  coverage: Coverage,
  span: DefaultSpan,
  today: Day,
): Period {
  const fallback = defaultPeriod(coverage, span, today);
  const shown = (problem: PeriodProblem): Period => ({ ...fallback, isDefault: true, problem });
  if (raw.month) {
    const parsed = month.safeParse(raw.month);
    if (!parsed.success) return shown({ code: "invalidMonth", value: raw.month });
    return { from: `${parsed.data}-01`, to: lastDayOf(parsed.data), isDefault: false, problem: null };
  }
  if (!raw.from && !raw.to) return { ...fallback, isDefault: true, problem: null };
  const ends: Record<"from" | "to", Day> = { ...fallback };
  for (const field of ["from", "to"] as const) {
    const value = raw[field];
    if (!value) continue;
    const parsed = day.safeParse(value);
    if (!parsed.success) return shown({ code: "invalidDay", field, value });
    ends[field] = parsed.data;
  }
  if (ends.from > ends.to) return shown({ code: "reversed", ...ends });
  const days = daysBetween(ends.from, ends.to) + 1;
  if (days > MAX_PERIOD_DAYS) {
    return {
      from: addDays(ends.to, -(MAX_PERIOD_DAYS - 1)),
      to: ends.to,
      isDefault: false,
      problem: { code: "tooLong", days },
    };
  }
  return { ...ends, isDefault: false, problem: null };
}

export const PERIOD_PRESETS = ["lastMonth", "last7", "last28", "last90"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** The presets' ranges: the last complete month, and the last 7, 28 and 90 days up to the data's end. */
export function presetRanges(coverage: Coverage, today: Day): Record<PeriodPreset, { from: Day; to: Day }> {
  const end = coverage.settled ?? today;
  const lastDays = (n: number) => ({ from: addDays(end, -(n - 1)), to: end });
  return {
    lastMonth: defaultPeriod(coverage, { months: 1 }, today),
    last7: lastDays(7),
    last28: lastDays(28),
    last90: lastDays(90),
  };
}

/** The month a period is exactly, if it is one (the month picker shows it as chosen). */
export function wholeMonthOf(period: { from: Day; to: Day }): Month | null {
  const m = period.from.slice(0, 7);
  return period.from === `${m}-01` && period.to === lastDayOf(m) ? m : null;
}
