import { describe, expect, it } from "vitest";
import { daysOf, type Month } from "@/lib/day";
import { coverageOf, type MonthDays } from "./coverage";

const full = (month: Month): MonthDays => {
  const days = daysOf(month);
  return { month, days: days.length, first: days[0], last: days.at(-1)! };
};
const HISTORY = ["2021-10", "2021-11", "2021-12", "2022-01", "2022-02"].map(full);

describe("coverageOf", () => {
  it("anchors on the last month with data, not on a stray check years later", () => {
    const stray = { month: "2026-11", days: 1, first: "2026-11-27", last: "2026-11-27" };
    const coverage = coverageOf([...HISTORY, stray], "2026-11-27");
    expect(coverage).toMatchObject({
      first: "2021-10-01",
      last: "2026-11-27",
      settled: "2022-02-28",
      lastCompleteMonth: "2022-02",
    });
    expect(coverage.months.at(-1)).toBe("2026-11");
  });

  it("ignores a sparse month that is over, too", () => {
    const sparse = { month: "2026-10", days: 3, first: "2026-10-02", last: "2026-10-20" };
    expect(coverageOf([sparse, ...HISTORY], "2026-11-27")).toMatchObject({
      settled: "2022-02-28",
      lastCompleteMonth: "2022-02",
    });
  });

  it("takes the month under way as the data's end once it has data on most days so far, but not as complete", () => {
    const current = { month: "2022-03", days: 9, first: "2022-03-01", last: "2022-03-10" };
    expect(coverageOf([...HISTORY, current], "2022-03-12")).toMatchObject({
      settled: "2022-03-10",
      lastCompleteMonth: "2022-02",
    });
  });

  it("says there is nothing when there are no data", () => {
    expect(coverageOf([], "2022-03-12")).toEqual({
      first: null,
      last: null,
      settled: null,
      lastCompleteMonth: null,
      months: [],
    });
  });
});
