import { describe, expect, it } from "vitest";
import { isPartialBucket } from "./partial-periods";

const FEB = { from: "2022-02-01", to: "2022-02-28" };

describe("isPartialBucket", () => {
  it("marks the weeks a period cuts at either end, not the whole ones", () => {
    expect(isPartialBucket("2022-01-31", "week", FEB)).toBe(true); // Mon 31 Jan: six of its days in February
    expect(isPartialBucket("2022-02-07", "week", FEB)).toBe(false);
    expect(isPartialBucket("2022-02-21", "week", FEB)).toBe(false); // 21–27 Feb
    expect(isPartialBucket("2022-02-28", "week", FEB)).toBe(true); // one day of its seven
  });

  it("marks a month the period does not cover whole, in either key form", () => {
    expect(isPartialBucket("2022-02", "month", FEB)).toBe(false);
    expect(isPartialBucket("2022-02", "month", { from: "2022-02-01", to: "2022-02-27" })).toBe(true);
    expect(isPartialBucket("2021-12-01", "month", { from: "2021-12-02", to: "2022-02-28" })).toBe(true);
  });

  it("never marks a day", () => {
    expect(isPartialBucket("2022-02-01", "day", FEB)).toBe(false);
  });
});
