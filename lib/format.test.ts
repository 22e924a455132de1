import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay, formatDayRange, formatNumber, formatPercent } from "./format";

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
    expect(formatDay(new Date("2022-02-28T00:00:00Z"), "en")).toBe("28 Feb 2022");
  });
});

describe("formatDayRange", () => {
  it("says the shared month and year once, with plain spaces", () => {
    expect(formatDayRange("2022-02-01", "2022-02-28")).toBe("1–28 Feb 2022");
    expect(formatDayRange("2021-09-09", "2022-02-28")).toBe("9 Sep 2021 – 28 Feb 2022");
    expect(formatDayRange("2022-02-01", "2022-02-01", "en")).toBe("1 Feb 2022");
  });
});
