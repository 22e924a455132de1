import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysOf, monthsBetween, weekStart } from "@/lib/day";
import { splitPeriod, type Grain } from "./traffic-source";

const DAY_MS = 86_400_000;
const dayArb = fc
  .integer({ min: 0, max: 800 })
  .map((n) => new Date(Date.UTC(2021, 0, 1) + n * DAY_MS).toISOString().slice(0, 10));
const daysBetween = (from: string, to: string) =>
  monthsBetween(from.slice(0, 7), to.slice(0, 7))
    .flatMap(daysOf)
    .filter((d) => d >= from && d <= to);
const weekDays = (monday: string) =>
  Array.from({ length: 7 }, (_, i) =>
    new Date(Date.parse(`${monday}T00:00:00Z`) + i * DAY_MS).toISOString().slice(0, 10),
  );

describe("splitPeriod", () => {
  it("covers every day of a period exactly once, at every grain, and no week crosses a month it is read with", () => {
    fc.assert(
      fc.property(dayArb, dayArb, fc.constantFrom<Grain>("day", "week", "month"), (a, b, grain) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const { months, weeks, days } = splitPeriod({ from, to }, grain);
        const covered = [
          ...months.flatMap(daysOf),
          ...weeks.flatMap(weekDays),
          ...days.flatMap((d) => daysBetween(d.from, d.to)),
        ].sort();
        expect(covered).toEqual(daysBetween(from, to));
        for (const w of weeks) expect(weekStart(w)).toBe(w);
        if (grain !== "month") expect(months).toEqual([]);
        if (grain === "day") expect(weeks).toEqual([]);
        if (grain === "month") for (const w of weeks) expect(weekDays(w)[6].slice(0, 7)).toBe(w.slice(0, 7));
        expect(days.length).toBeLessThanOrEqual(4);
      }),
    );
  });

  it("reads a whole month as a month, and whole weeks at the edges as weeks", () => {
    expect(splitPeriod({ from: "2022-01-01", to: "2022-01-31" })).toEqual({ months: ["2022-01"], weeks: [], days: [] });
    // 2 Jan 2022 is a Sunday; 3–30 January are four whole weeks; 31 January is a Monday.
    expect(splitPeriod({ from: "2022-01-02", to: "2022-03-01" })).toEqual({
      months: ["2022-02"],
      weeks: ["2022-01-03", "2022-01-10", "2022-01-17", "2022-01-24"],
      days: [
        { from: "2022-01-02", to: "2022-01-02" },
        { from: "2022-01-31", to: "2022-01-31" },
        { from: "2022-03-01", to: "2022-03-01" },
      ],
    });
  });
});
