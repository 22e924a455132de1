import { describe, expect, it } from "vitest";
import type { Coverage } from "@/lib/stats/coverage";
import { presetRanges, resolvePeriod, wholeMonthOf } from "./period";

const COVERAGE: Coverage = {
  first: "2021-09-09",
  last: "2026-11-27",
  settled: "2022-02-28",
  lastCompleteMonth: "2022-02",
  months: ["2021-09", "2021-10", "2021-11", "2021-12", "2022-01", "2022-02", "2026-11"],
};
const TODAY = "2026-11-27";
const resolve = (raw: Record<string, string>, months = 1) => resolvePeriod(raw, COVERAGE, { months }, TODAY);

describe("resolvePeriod", () => {
  it("defaults to whole months ending with the last complete month of data", () => {
    expect(resolve({})).toEqual({ from: "2022-02-01", to: "2022-02-28", isDefault: true, problem: null });
    expect(resolve({}, 3)).toMatchObject({ from: "2021-12-01", to: "2022-02-28", isDefault: true });
  });

  it("falls back to the 28 days up to the data's end when no month is complete", () => {
    const young = { ...COVERAGE, lastCompleteMonth: null, settled: "2022-03-10" };
    expect(resolvePeriod({}, young, { months: 3 }, TODAY)).toMatchObject({ from: "2022-02-11", to: "2022-03-10" });
  });

  it("shows a month, or a range, as asked", () => {
    expect(resolve({ month: "2021-12" })).toEqual({
      from: "2021-12-01",
      to: "2021-12-31",
      isDefault: false,
      problem: null,
    });
    expect(resolve({ from: "2022-01-10", to: "2022-01-20" })).toMatchObject({ from: "2022-01-10", to: "2022-01-20" });
    // One end given: the other is the default's.
    expect(resolve({ from: "2022-02-10" })).toMatchObject({ from: "2022-02-10", to: "2022-02-28" });
  });

  it("never silently replaces a bad period: it shows the default and names the problem", () => {
    expect(resolve({ from: "2022-02-20", to: "2022-02-10" })).toEqual({
      from: "2022-02-01",
      to: "2022-02-28",
      isDefault: true,
      problem: { code: "reversed", from: "2022-02-20", to: "2022-02-10" },
    });
    expect(resolve({ from: "2022-02-31" }).problem).toEqual({ code: "invalidDay", field: "from", value: "2022-02-31" });
    expect(resolve({ to: "kemarin" }).problem).toEqual({ code: "invalidDay", field: "to", value: "kemarin" });
    expect(resolve({ month: "2022-13" }).problem).toEqual({ code: "invalidMonth", value: "2022-13" });
  });

  it("cuts a range longer than 366 days to its last 366 days, and says so", () => {
    expect(resolve({ from: "2021-01-01", to: "2022-12-31" })).toEqual({
      from: "2021-12-31",
      to: "2022-12-31",
      isDefault: false,
      problem: { code: "tooLong", days: 730 },
    });
  });
});

describe("presets", () => {
  it("end at the data's settled end, and the month preset is the last complete month", () => {
    expect(presetRanges(COVERAGE, TODAY)).toEqual({
      lastMonth: { from: "2022-02-01", to: "2022-02-28" },
      last7: { from: "2022-02-22", to: "2022-02-28" },
      last28: { from: "2022-02-01", to: "2022-02-28" },
      last90: { from: "2021-12-01", to: "2022-02-28" },
    });
  });

  it("know a whole month when they see one", () => {
    expect(wholeMonthOf({ from: "2022-02-01", to: "2022-02-28" })).toBe("2022-02");
    expect(wholeMonthOf({ from: "2022-02-01", to: "2022-02-27" })).toBeNull();
  });
});
