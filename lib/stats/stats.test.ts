import { describe, expect, it } from "vitest";
import { fillDays } from "./fill-days";
import { publishCount, SUPPRESSION_THRESHOLD } from "./suppress";

describe("fillDays", () => {
  it("fills every missing day with 0 and keeps the given ones", () => {
    const filled = fillDays([{ day: "2021-09-10", visits: 7 }], { from: "2021-09-09", to: "2021-09-12" });
    expect(filled).toEqual([
      { day: "2021-09-09", visits: 0 },
      { day: "2021-09-10", visits: 7 },
      { day: "2021-09-11", visits: 0 },
      { day: "2021-09-12", visits: 0 },
    ]);
  });
});

describe("publishCount", () => {
  it("never lets a count under the threshold out, and publishes the rest as they are", () => {
    expect(SUPPRESSION_THRESHOLD).toBe(5);
    for (const n of [0, 1, 4]) expect(publishCount(n)).toEqual({ value: null, suppressed: true });
    for (const n of [5, 6, 1000]) expect(publishCount(n)).toEqual({ value: n, suppressed: false });
  });
});
