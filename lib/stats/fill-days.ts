/** Every calendar day from `from` to `to` (inclusive, UTC dates), with 0 where `rows` has none. */
export function fillDays(
  rows: { day: string; visits: number }[],
  range: { from: Date; to: Date },
): { day: string; visits: number }[] {
  const byDay = new Map(rows.map((r) => [r.day, r.visits]));
  const filled: { day: string; visits: number }[] = [];
  for (
    let t = Date.UTC(range.from.getUTCFullYear(), range.from.getUTCMonth(), range.from.getUTCDate());
    t <= range.to.getTime();
    t += 86_400_000
  ) {
    const day = new Date(t).toISOString().slice(0, 10);
    filled.push({ day, visits: byDay.get(day) ?? 0 });
  }
  return filled;
}
