import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attack, tableKnowledge } from "@/test/suppression-attacker";
import { suppressTable, type PublishedTable } from "./suppress-table";

const table = (counts: number[][]) => ({
  rows: counts.map((_, i) => `r${i}`),
  columns: counts[0].map((_, j) => `c${j}`),
  counts,
});

/** A count that could single a visitor out. A zero singles out nobody: it is shown. */
const isSmall = (n: number) => n >= 1 && n <= 4;

/** Every hidden number the attacker of test/suppression-attacker.ts works out. */
const recoverHidden = (published: PublishedTable) => [...attack(tableKnowledge("t", published)).values()];

describe("suppressTable", () => {
  it("shows counts of 5 and more, hides every count under 5 and never sends its value", () => {
    const published = suppressTable(
      table([
        [120, 3, 40],
        [80, 60, 50],
      ]),
    );
    expect(published.cells[0][1]).toBeNull();
    expect(JSON.stringify(published)).not.toMatch(/(^|[^0-9])3([^0-9]|$)/);
    expect(published.cells[1][0]).toBe(80);
  });

  it("hides a second cell so the first cannot be worked out from the row total", () => {
    const published = suppressTable(
      table([
        [120, 3, 40],
        [80, 60, 50],
      ]),
    );
    expect(published.rowTotals[0]).toBe(163);
    expect(published.cells[0].filter((c) => c === null).length).toBeGreaterThanOrEqual(2);
    expect(recoverHidden(published)).toEqual([]);
  });

  it("shows zeros: no visitor is in them, and hiding them would hide their complements too", () => {
    const published = suppressTable(
      table([
        [120, 0, 40],
        [80, 0, 50],
      ]),
    );
    expect(published.cells).toEqual([
      [120, 0, 40],
      [80, 0, 50],
    ]);
    expect(published.columnTotals[1]).toBe(0);
  });

  it("never hides a zero to protect a small count: it would protect nothing", () => {
    const published = suppressTable(
      table([
        [120, 0, 3, 40],
        [80, 0, 60, 50],
      ]),
    );
    expect(published.cells[0][1]).toBe(0);
    expect(published.cells[0][2]).toBeNull();
    expect(published.cells[0].filter((c) => c === null).length).toBeGreaterThanOrEqual(2);
  });

  it("hides totals under 5 as well", () => {
    const published = suppressTable(
      table([
        [1, 2],
        [40, 50],
      ]),
    );
    expect(published.rowTotals[0]).toBeNull();
    expect(published.cells[0]).toEqual([null, null]);
  });

  it("resists recovery by differencing rows and columns, for any table", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 500 })), {
            minLength: 2,
            maxLength: 6,
          }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (raw) => {
          const width = raw[0].length;
          const counts = raw.map((row) => Array.from({ length: width }, (_, j) => row[j] ?? 0));
          const published = suppressTable(table(counts));
          for (const row of published.cells) for (const cell of row) expect(cell === null || !isSmall(cell)).toBe(true);
          // Whatever can be solved must be a number that was not small: the attack learns no count of 1 to 4.
          for (const value of recoverHidden(published)) expect(isSmall(value), `learned ${value}`).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });
});
