import { z } from "zod";
import { addDays, addMonths, daysBetween, lastDayOf, type Day, type Month } from "@/lib/day";
import { isoDay } from "@/lib/validations/dates";

// The period every page with one (dashboard, traffic, compliance) reads from its URL:
// ?month=2022-02, or ?from=2022-02-01&to=2022-02-28, or nothing (the page's default: one of
// the presets, which all end today on SIGAP's clock). A period that cannot be shown is never
// silently replaced: the page shows what it shows instead, and the problem says why.

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

const day = isoDay();
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const PERIOD_PRESETS = ["lastMonth", "last7", "last28", "last90"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** The presets' ranges on `today` (WIB): the last whole calendar month, and the last 7, 28 and 90 days up to today. */
export function presetRanges(today: Day): Record<PeriodPreset, { from: Day; to: Day }> {
  const lastDays = (n: number) => ({ from: addDays(today, -(n - 1)), to: today });
  const previous = addMonths(today.slice(0, 7), -1);
  return {
    lastMonth: { from: `${previous}-01`, to: lastDayOf(previous) },
    last7: lastDays(7),
    last28: lastDays(28),
    last90: lastDays(90),
  };
}

/** The preset a range is, if any: the first that matches, so one preset is ever marked as shown. */
export function presetOf(range: { from: Day; to: Day }, today: Day): PeriodPreset | null {
  const ranges = presetRanges(today);
  return PERIOD_PRESETS.find((p) => ranges[p].from === range.from && ranges[p].to === range.to) ?? null;
}

/** The period a URL asks for (first values of its parameters); `preset` when it asks for none (or for one that cannot be). */
export function resolvePeriod(raw: Record<string, string | undefined>, preset: PeriodPreset, today: Day): Period {
  const fallback = presetRanges(today)[preset];
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

/** The month a period is exactly, if it is one (the month picker shows it as chosen). */
export function wholeMonthOf(period: { from: Day; to: Day }): Month | null {
  const m = period.from.slice(0, 7);
  return period.from === `${m}-01` && period.to === lastDayOf(m) ? m : null;
}
