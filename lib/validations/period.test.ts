import { describe, expect, it } from "vitest";
import { presetOf, presetRanges, resolvePeriod, wholeMonthOf } from "./period";

// 6 Dec: a day whose WIB date is what every preset ends on.
const TODAY = "2026-12-06";
const resolve = (raw: Record<string, string>, preset: "lastMonth" | "last90" = "lastMonth") =>
  resolvePeriod(raw, preset, TODAY);

describe("resolvePeriod", () => {
  it("defaults to the page's preset, which ends today", () => {
    expect(resolve({})).toEqual({ from: "2026-11-01", to: "2026-11-30", isDefault: true, problem: null });
    expect(resolve({}, "last90")).toMatchObject({ from: "2026-09-08", to: "2026-12-06", isDefault: true });
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
    expect(resolve({ from: "2026-11-10" })).toMatchObject({ from: "2026-11-10", to: "2026-11-30" });
  });

  it("never silently replaces a bad period: it shows the default and names the problem", () => {
    expect(resolve({ from: "2022-02-20", to: "2022-02-10" })).toEqual({
      from: "2026-11-01",
      to: "2026-11-30",
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
  it("end today, and the month preset is the last whole calendar month", () => {
    expect(presetRanges(TODAY)).toEqual({
      lastMonth: { from: "2026-11-01", to: "2026-11-30" },
      last7: { from: "2026-11-30", to: "2026-12-06" },
      last28: { from: "2026-11-09", to: "2026-12-06" },
      last90: { from: "2026-09-08", to: "2026-12-06" },
    });
    // The day after a month ends: last month is the month just over.
    expect(presetRanges("2022-03-01").lastMonth).toEqual({ from: "2022-02-01", to: "2022-02-28" });
  });

  it("mark one preset as shown, even when two cover the same days", () => {
    // On 28 Feb 2022 "the last 28 days" are 1–28 Feb: one range, one preset.
    const today = "2022-02-28";
    const ranges = presetRanges(today);
    expect(ranges.last28).toEqual({ from: "2022-02-01", to: "2022-02-28" });
    expect(presetOf(ranges.last28, today)).toBe("last28");
    expect(presetOf({ from: "2022-02-02", to: "2022-02-28" }, today)).toBeNull();
    // Every range a preset gives is recognised as that preset or an earlier one.
    for (const preset of ["lastMonth", "last7", "last28", "last90"] as const)
      expect(presetOf(presetRanges(TODAY)[preset], TODAY)).toBe(preset);
  });

  it("know a whole month when they see one", () => {
    expect(wholeMonthOf({ from: "2022-02-01", to: "2022-02-28" })).toBe("2022-02");
    expect(wholeMonthOf({ from: "2022-02-01", to: "2022-02-27" })).toBeNull();
  });
});
