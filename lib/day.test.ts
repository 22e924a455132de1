import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  dateOfDay,
  dayOfDate,
  daysBetween,
  daysOf,
  eachDay,
  lastDayOf,
  monthsBetween,
  wibDay,
  wibDayStart,
  weekdayOf,
  DAY_MS,
  weekStart,
} from "./day";

// Instants from the circular's year to the end of the century, in milliseconds.
const instant = fc.integer({ min: Date.UTC(2021, 0, 1), max: Date.UTC(2099, 11, 31) }).map((ms) => new Date(ms));
const day = instant.map((at) => at.toISOString().slice(0, 10));

describe("WIB days", () => {
  it("is already the next day between 00:00 and 07:00 WIB (17:00–24:00 UTC)", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 17 * 60, max: 24 * 60 - 1 }), (utcDay, minuteOfUtcDay) => {
        const at = new Date(Date.parse(`${utcDay}T00:00:00Z`) + minuteOfUtcDay * 60_000);
        expect(wibDay(at)).toBe(addDays(utcDay, 1));
      }),
    );
  });

  it("is the UTC day from 07:00 WIB to midnight (00:00–17:00 UTC)", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 17 * 60 - 1 }), (utcDay, minuteOfUtcDay) => {
        const at = new Date(Date.parse(`${utcDay}T00:00:00Z`) + minuteOfUtcDay * 60_000);
        expect(wibDay(at)).toBe(utcDay);
      }),
    );
  });

  it("starts each day at 00:00 WIB, and every instant of it belongs to it", () => {
    fc.assert(
      fc.property(instant, (at) => {
        const start = wibDayStart(wibDay(at));
        expect(start.getTime()).toBeLessThanOrEqual(at.getTime());
        expect(at.getTime() - start.getTime()).toBeLessThan(86_400_000);
        expect(start.toISOString()).toMatch(/T17:00:00\.000Z$/);
      }),
    );
    expect(wibDayStart("2021-09-09").toISOString()).toBe("2021-09-08T17:00:00.000Z");
  });
});

describe("day arithmetic", () => {
  it("adds and counts days as inverses", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (from, count) => {
        expect(daysBetween(from, addDays(from, count))).toBe(count);
      }),
    );
  });

  it("lists every day of a range once, in order", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (from, count) => {
        const days = eachDay(from, addDays(from, count));
        expect(days).toHaveLength(count + 1);
        days.forEach((d, i) => expect(d).toBe(addDays(from, i)));
      }),
    );
    expect(eachDay("2022-03-01", "2022-02-28")).toEqual([]);
  });

  it("round-trips a DATE column value", () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(dayOfDate(dateOfDay(d))).toBe(d);
      }),
    );
  });

  it("finds the Monday of a day's ISO week", () => {
    expect(weekStart("2022-02-06")).toBe("2022-01-31"); // a Sunday
    expect(weekStart("2022-01-31")).toBe("2022-01-31");
    fc.assert(
      fc.property(day, (d) => {
        const monday = weekStart(d);
        expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(daysBetween(monday, d)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(monday, d)).toBeLessThan(7);
      }),
    );
  });

  it("walks months across year ends and knows their lengths", () => {
    expect(addMonths("2021-12", 1)).toBe("2022-01");
    expect(addMonths("2022-01", -1)).toBe("2021-12");
    expect(monthsBetween("2021-11", "2022-02")).toEqual(["2021-11", "2021-12", "2022-01", "2022-02"]);
    expect(lastDayOf("2024-02")).toBe("2024-02-29");
    expect(lastDayOf("2022-02")).toBe("2022-02-28");
    expect(daysOf("2021-09")).toHaveLength(30);
  });

  it("turns instants into days and weekdays exactly as Date does, 1900 to 2100", () => {
    // Every day of 2020–2031 (leap years, month ends), and a sample of two centuries.
    const samples = [
      ...Array.from({ length: 12 * 366 }, (_, i) => Date.UTC(2020, 0, 1) + i * DAY_MS + 17 * 3_600_000),
      ...Array.from({ length: 2000 }, (_, i) => Date.UTC(1900, 0, 1) + i * 36.53 * DAY_MS),
    ];
    for (const ms of samples) {
      const at = new Date(ms);
      const day = at.toISOString().slice(0, 10);
      expect(dayOfDate(at)).toBe(day);
      expect(weekdayOf(day)).toBe(new Date(`${day}T00:00:00Z`).getUTCDay());
      expect(dateOfDay(day).getTime()).toBe(Date.parse(`${day}T00:00:00Z`));
    }
    // A day past its month's end rolls over as Date.parse does; a month 13 is no day at all.
    expect(addDays("2022-02-30", 0)).toBe("2022-03-02");
    expect(() => addDays("2022-13-01", 0)).toThrow(RangeError);
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2100-02-28", 1)).toBe("2100-03-01");
    expect(() => addDays("not a day", 1)).toThrow(RangeError);
  });
});
