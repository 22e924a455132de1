import { describe, expect, it } from "vitest";
import { walNumber } from "./wal-position";

describe("walNumber", () => {
  it("orders positions as PostgreSQL does, across the high half", () => {
    expect(walNumber("0/FFFFFFFF") < walNumber("1/0")).toBe(true);
    expect(walNumber("16/B374D848") > walNumber("16/B374D847")).toBe(true);
    expect(walNumber("a/1")).toBe(walNumber("A/1"));
    // As text "9/0" would sort after "10/0".
    expect(walNumber("9/0") < walNumber("10/0")).toBe(true);
  });

  it("refuses what is not a position (a forged cookie)", () => {
    for (const bad of ["", "1", "1/2/3", "x/1", "1/123456789", " 1/2"]) expect(() => walNumber(bad)).toThrow();
  });
});
