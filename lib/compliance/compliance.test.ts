import { describe, expect, it } from "vitest";
import { mismatchFlags, type OfficeDayNumbers } from "./mismatch";
import { expectedDays, isOnTime, rate, rateBand, sortRates, type RateRow } from "./reporting";
import { complianceScore } from "./score";

const day = (n: number, over: Partial<OfficeDayNumbers> = {}): OfficeDayNumbers => ({
  day: `2022-02-${String(n).padStart(2, "0")}`,
  reportedChecked: 50,
  reportedReferred: 2,
  reportedDenied: 0,
  scanned: 48,
  ...over,
});

describe("reporting rates", () => {
  it("counts a report on time until 10:00 WIB the next day", () => {
    expect(isOnTime("2022-02-10", new Date("2022-02-11T10:00:00+07:00"))).toBe(true);
    expect(isOnTime("2022-02-10", new Date("2022-02-11T10:00:01+07:00"))).toBe(false);
  });

  it("expects reports on open days from the day an office went live", () => {
    const days = expectedDays({
      from: "2022-02-01",
      to: "2022-02-14",
      liveSince: new Date("2022-02-03T02:00:00Z"),
      opensSaturday: false,
      today: "2022-03-03",
    });
    expect(days).toEqual([
      "2022-02-03",
      "2022-02-04",
      "2022-02-07",
      "2022-02-08",
      "2022-02-09",
      "2022-02-10",
      "2022-02-11",
      "2022-02-14",
    ]);
    expect(
      expectedDays({
        from: "2022-02-05",
        to: "2022-02-06",
        liveSince: new Date("2021-10-01T00:00:00Z"),
        opensSaturday: true,
        today: "2022-03-03",
      }),
    ).toEqual(["2022-02-05"]);
    expect(
      expectedDays({ from: "2022-02-01", to: "2022-02-28", liveSince: null, opensSaturday: true, today: "2022-03-03" }),
    ).toEqual([]);
  });

  it("expects no report for a day that has not come, whatever period is asked", () => {
    const june = { from: "2022-06-01", to: "2022-06-30", opensSaturday: false };
    expect(expectedDays({ ...june, liveSince: new Date("2021-10-01T00:00:00Z"), today: "2022-03-03" })).toEqual([]);
    expect(expectedDays({ ...june, liveSince: new Date("2021-10-01T00:00:00Z"), today: "2022-06-02" })).toEqual([
      "2022-06-01",
      "2022-06-02",
    ]);
  });

  it("gives no rate when nothing was expected", () => {
    expect(rate(3, 0)).toBeNull();
    expect(rate(3, 4)).toBe(0.75);
  });
});

describe("mismatch flags", () => {
  it("flags an office whose reports say 400 checked while its scanner sent 40", () => {
    const flags = mismatchFlags(
      [day(1, { reportedChecked: 200, scanned: 20 }), day(2, { reportedChecked: 200, scanned: 20 })],
      {
        hasScanner: true,
        gated: true,
      },
    );
    expect(flags).toEqual([expect.objectContaining({ kind: "SCAN_MISMATCH" })]);
    expect(flags[0].reason.id).toBe("Dalam 2 hari, laporan menyebut 400 pengunjung diperiksa, pemindai mengirim 40.");
  });

  it("writes the counts of a flag in the reader's number format", () => {
    const [flag] = mismatchFlags([day(1, { reportedChecked: 7656, scanned: 1200 })], { hasScanner: true, gated: true });
    expect(flag.reason.id).toContain("7.656 pengunjung");
    expect(flag.reason.en).toContain("7,656 visitors");
  });

  it("tolerates small gaps, and offices without a scanner", () => {
    expect(mismatchFlags([day(1, { reportedChecked: 60, scanned: 50 })], { hasScanner: true, gated: true })).toEqual(
      [],
    );
    expect(mismatchFlags([day(1, { reportedChecked: 10, scanned: 2 })], { hasScanner: true, gated: true })).toEqual([]);
    expect(mismatchFlags([day(1, { reportedChecked: 400, scanned: 0 })], { hasScanner: false, gated: true })).toEqual(
      [],
    );
  });

  it("flags 14 reported days running with no referral and no denial, not 13", () => {
    const clean = (n: number) => day(n, { reportedReferred: 0, reportedDenied: 0 });
    const thirteen = Array.from({ length: 13 }, (_, i) => clean(i + 1));
    expect(mismatchFlags(thirteen, { hasScanner: false, gated: true })).toEqual([]);
    expect(mismatchFlags([...thirteen, clean(14)], { hasScanner: false, gated: true })).toEqual([
      expect.objectContaining({ kind: "NEVER_TURNS_AWAY" }),
    ]);
    expect(mismatchFlags([...thirteen, day(14), clean(15)], { hasScanner: false, gated: true })).toEqual([]);
    expect(mismatchFlags([...thirteen, clean(14)], { hasScanner: false, gated: false })).toEqual([]);
  });
});

describe("compliance score", () => {
  it("weighs the last three inspections 60% and on-time reporting 40%", () => {
    expect(complianceScore({ inspectionScores: [90, 80, 70, 10], onTimeRate: 0.5 })).toEqual({
      value: 68,
      provisional: false,
    });
  });

  it("is provisional without an inspection, and empty without any data", () => {
    expect(complianceScore({ inspectionScores: [], onTimeRate: 0.9 })).toEqual({ value: 90, provisional: true });
    expect(complianceScore({ inspectionScores: [75], onTimeRate: null })).toEqual({ value: 75, provisional: false });
    expect(complianceScore({ inspectionScores: [], onTimeRate: null })).toEqual({ value: null, provisional: true });
  });
});

describe("reporting-rate bands and order", () => {
  const row = (label: string, expected: number, received: number, onTime: number): RateRow => ({
    key: label,
    label,
    expected,
    received,
    onTime,
  });
  const rows = [row("Bekasi Utara", 100, 95, 60), row("Jatiasih", 0, 0, 0), row("Medansatria", 100, 80, 85)];

  it("bands a share as DHIS2 does: 90 % good, 70 % fair, below poor; nothing expected has no band", () => {
    expect([0.9, 0.899, 0.7, 0.69, 0].map(rateBand)).toEqual(["good", "fair", "fair", "poor", "poor"]);
    expect(rateBand(rate(0, 0))).toBeNull();
  });

  it("sorts by a rate with the offices where nothing was expected last, both ways", () => {
    expect(sortRates(rows, { id: "onTime", desc: false }).map((r) => r.label)).toEqual([
      "Bekasi Utara",
      "Medansatria",
      "Jatiasih",
    ]);
    expect(sortRates(rows, { id: "onTime", desc: true }).map((r) => r.label)).toEqual([
      "Medansatria",
      "Bekasi Utara",
      "Jatiasih",
    ]);
    expect(sortRates(rows, { id: "name", desc: true }).map((r) => r.label)).toEqual([
      "Medansatria",
      "Jatiasih",
      "Bekasi Utara",
    ]);
  });
});
