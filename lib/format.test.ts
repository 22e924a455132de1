import { describe, expect, it } from "vitest";
import {
  formatDateTime,
  formatDay,
  formatWibDay,
  formatWibTime,
  formatDayRange,
  formatNumber,
  formatPercent,
} from "./format";
import { toWibIso } from "./wib";

describe("formatting for Indonesian officials", () => {
  it("writes numbers in id-ID and en-GB", () => {
    expect(formatNumber(1234567)).toBe("1.234.567");
    expect(formatNumber(1234567, "en")).toBe("1,234,567");
    expect(formatPercent(0.873)).toBe("87,3%");
  });

  it("shows instants in WIB, whatever the server's time zone", () => {
    expect(formatDateTime("2021-09-09T17:30:00Z")).toBe("10 Sep 2021, 00.30 WIB");
  });

  it("shows calendar days as the day they are", () => {
    expect(formatDay("2021-09-09")).toBe("9 Sep 2021");
    expect(formatDay("2022-02-28", "en")).toBe("28 Feb 2022");
  });

  it("dates an instant by its WIB day: 05.59 WIB on 6 Dec is 6 Dec, not UTC's 5 Dec", () => {
    expect(formatWibDay(new Date("2026-12-05T22:59:00Z"))).toBe("6 Des 2026");
    expect(formatDateTime(new Date("2026-12-05T22:59:00Z"))).toBe("6 Des 2026, 05.59 WIB");
    // The desk's list of checks and the audit CSV, at the same instant.
    expect(formatWibTime(new Date("2026-12-05T22:59:00Z"))).toBe("05.59.00");
    expect(formatWibTime("2026-12-05T22:59:00Z", "en")).toBe("05:59:00");
    expect(toWibIso("2026-12-05T22:59:00.000Z")).toBe("2026-12-06T05:59:00+07:00");
    expect(formatWibDay("2026-12-05T16:59:00Z", "en")).toBe("5 Dec 2026");
  });
});

describe("formatDayRange", () => {
  it("says the shared month and year once, with plain spaces", () => {
    expect(formatDayRange("2022-02-01", "2022-02-28")).toBe("1–28 Feb 2022");
    expect(formatDayRange("2021-09-09", "2022-02-28")).toBe("9 Sep 2021 – 28 Feb 2022");
    expect(formatDayRange("2022-02-01", "2022-02-01", "en")).toBe("1 Feb 2022");
  });
});
