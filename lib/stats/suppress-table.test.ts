import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suppressTable, type PublishedTable } from "./suppress-table";

const table = (counts: number[][]) => ({ rows: counts.map((_, i) => `r${i}`), columns: counts[0].map((_, j) => `c${j}`), counts });

/**
 * An attacker's best effort: repeatedly solve any row or column (with a published total)
 * that has exactly one unknown cell. Returns the cells it recovered that were hidden.
 */
function recoverHidden(published: PublishedTable): { cells: { i: number; j: number; value: number }[]; totals: number[] } {
  const known = published.cells.map((row) => [...row]);
  const rowTotals = [...published.rowTotals];
  const columnTotals = [...published.columnTotals];
  const recovered: { i: number; j: number; value: number }[] = [];
  const recoveredTotals: number[] = [];
  let progress = true;
  while (progress) {
    progress = false;
    const lines = [
      ...known.map((_, i) => ({ total: rowTotals[i], cells: known[i].map((__, j) => [i, j] as const) })),
      ...published.columns.map((_, j) => ({ total: columnTotals[j], cells: known.map((__, i) => [i, j] as const) })),
    ];
    // Totals are solvable too: a hidden row or column total from the grand total.
    for (const list of [rowTotals, columnTotals]) {
      const unknown = list.map((v, k) => (v === null ? k : -1)).filter((k) => k >= 0);
      if (published.total !== null && unknown.length === 1) {
        const value = published.total - list.reduce<number>((sum, v) => sum + (v ?? 0), 0);
        list[unknown[0]] = value;
        recoveredTotals.push(value);
        progress = true;
      }
    }
    for (const line of lines) {
      if (line.total === null) continue;
      const unknown = line.cells.filter(([i, j]) => known[i][j] === null);
      if (unknown.length !== 1) continue;
      const [i, j] = unknown[0];
      const value = line.total - line.cells.reduce((sum, [a, b]) => sum + (known[a][b] ?? 0), 0);
      known[i][j] = value;
      recovered.push({ i, j, value });
      progress = true;
    }
  }
  return { cells: recovered, totals: recoveredTotals };
}

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
    expect(recoverHidden(published)).toEqual({ cells: [], totals: [] });
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
        fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 500 })), { minLength: 2, maxLength: 6 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (raw) => {
          const width = raw[0].length;
          const counts = raw.map((row) => Array.from({ length: width }, (_, j) => row[j] ?? 0));
          const published = suppressTable(table(counts));
          for (const row of published.cells) for (const cell of row) if (cell !== null) expect(cell).toBeGreaterThanOrEqual(5);
          const recovered = recoverHidden(published);
          // Whatever can be solved must be a number that was not small: the attack learns no small count.
          for (const { i, j } of recovered.cells) expect(counts[i][j]).toBeGreaterThanOrEqual(5);
          for (const value of recovered.totals) expect(value).toBeGreaterThanOrEqual(5);
        },
      ),
      { numRuns: 400 },
    );
  });
});
