import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysOf, monthsBetween } from "@/lib/stats/period-tables";
import { splitPeriod } from "./traffic-source";

const dayArb = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

describe("splitPeriod", () => {
  it("covers every day of a period exactly once: whole months plus the edge days", () => {
    fc.assert(
      fc.property(dayArb, dayArb, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const { months, edges } = splitPeriod({ from, to });
        const covered = [
          ...months.flatMap(daysOf),
          ...edges.flatMap((e) => monthsBetween(e.from.slice(0, 7), e.to.slice(0, 7)).flatMap(daysOf).filter((d) => d >= e.from && d <= e.to)),
        ].sort();
        const expected = monthsBetween(from.slice(0, 7), to.slice(0, 7)).flatMap(daysOf).filter((d) => d >= from && d <= to);
        expect(covered).toEqual(expected);
        expect(edges.length).toBeLessThanOrEqual(2);
      }),
    );
  });

  it("reads a whole month as a month", () => {
    expect(splitPeriod({ from: "2022-01-01", to: "2022-01-31" })).toEqual({ months: ["2022-01"], edges: [] });
    expect(splitPeriod({ from: "2022-01-02", to: "2022-03-01" })).toEqual({
      months: ["2022-02"],
      edges: [{ from: "2022-01-02", to: "2022-01-31" }, { from: "2022-03-01", to: "2022-03-01" }],
    });
  });
});
