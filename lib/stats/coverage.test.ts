import { describe, expect, it } from "vitest";
import { daysOf, type Month } from "@/lib/day";
import { coverageOf, latestPeriodWithData, periodHasData, type MonthDays } from "./coverage";

const full = (month: Month): MonthDays => {
  const days = daysOf(month);
  return { month, days: days.length, first: days[0], last: days.at(-1)! };
};

describe("coverageOf", () => {
  it("spans the first to the last day with visits, months in order", () => {
    const coverage = coverageOf([
      full("2022-01"),
      full("2021-12"),
      { month: "2022-02", days: 3, first: "2022-02-01", last: "2022-02-09" },
    ]);
    expect(coverage).toMatchObject({
      first: "2021-12-01",
      last: "2022-02-09",
      months: ["2021-12", "2022-01", "2022-02"],
    });
  });

  it("has nothing to offer without data", () => {
    const coverage = coverageOf([]);
    expect(coverage).toEqual({ first: null, last: null, months: [], spans: [] });
    expect(periodHasData(coverage, { from: "2022-01-01", to: "2022-01-31" })).toBe(false);
    expect(latestPeriodWithData(coverage)).toBeNull();
  });

  it("offers the latest month with visits, up to its last day of data", () => {
    const coverage = coverageOf([
      full("2021-12"),
      { month: "2022-02", days: 3, first: "2022-02-01", last: "2022-02-09" },
    ]);
    expect(latestPeriodWithData(coverage)).toEqual({ from: "2022-02-01", to: "2022-02-09" });
  });

  it("knows a period between months of data has none", () => {
    const coverage = coverageOf([
      full("2021-12"),
      { month: "2022-03", days: 1, first: "2022-03-07", last: "2022-03-07" },
    ]);
    expect(periodHasData(coverage, { from: "2022-01-01", to: "2022-02-28" })).toBe(false);
    expect(periodHasData(coverage, { from: "2022-03-01", to: "2022-03-07" })).toBe(true);
    expect(periodHasData(coverage, { from: "2021-12-31", to: "2022-01-06" })).toBe(true);
  });
});
