import { describe, expect, it } from "vitest";
import { cubeOf } from "@/test/month-truth";
import { suppressMonth } from "./period-tables";
import { shownShare, tableUtility } from "./utility";

describe("the utility of a month's tables", () => {
  it("counts each table's cells and row totals, and those shown", async () => {
    // DENIED: 2 visits on 4 January in one kecamatan and service, none otherwise.
    const { tables } = await suppressMonth(
      cubeOf("2022-01", (d, k, s, c) => (c === 2 ? (d === 3 && k === 0 && s === 0 ? 2 : 0) : 20)),
    );
    const utility = tableUtility(tables);
    expect(utility.map((u) => [u.table, u.numbers])).toEqual([
      ["day", 31 * 4],
      ["week", 6 * 4],
      ["kecamatan", 3 * 4],
      ["service", 2 * 4],
    ]);
    const hidden = utility.reduce((sum, u) => sum + u.numbers - u.shown, 0);
    expect(hidden).toBeGreaterThanOrEqual(2 * 4); // the 2 in each table, and at least one complement each
    expect(shownShare(tables)).toBeCloseTo(1 - hidden / (37 * 4 + 5 * 4), 10);
  });

  it("is 1 for a month with nothing small", async () => {
    expect(shownShare((await suppressMonth(cubeOf("2022-02", () => 20))).tables)).toBe(1);
  });
});
