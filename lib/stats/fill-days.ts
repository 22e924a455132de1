import { eachDay, type Day } from "@/lib/day";

/** Every calendar day from `from` to `to` (inclusive), with 0 where `rows` has none. */
export function fillDays(
  rows: { day: Day; visits: number }[],
  range: { from: Day; to: Day },
): { day: Day; visits: number }[] {
  const byDay = new Map(rows.map((r) => [r.day, r.visits]));
  return eachDay(range.from, range.to).map((day) => ({ day, visits: byDay.get(day) ?? 0 }));
}
