import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  attack,
  cellName,
  columnTotalName,
  combine,
  rowTotalName,
  tableKnowledge,
  totalName,
  solverAttack,
  type Equation,
  type Knowledge,
} from "@/test/suppression-attacker";
import { actualValues, COLUMNS, cubeOf, monthKnowledge, smallCounts, visitsFrom } from "@/test/month-truth";
import {
  composeTables,
  PERIOD_GROUPINGS,
  suppressMonth,
  type PeriodGrouping,
  type PeriodTables,
} from "./period-tables";

/** What a composed period's table tells, and that it is the sum of its months' tables. */
function composedKnowledge(by: string, months: { month: string; tables: PeriodTables }[]): Knowledge {
  const id = `period:${by}`;
  const composed = composeTables(months.map((m) => m.tables[by as PeriodGrouping]));
  const partsOf = (name: (table: string) => string) => months.map((m) => name(`${m.month}:${by}`));
  const equations: Equation[] = [
    ...composed.rows.flatMap((r) => [
      ...COLUMNS.map((c) => ({
        sum: cellName(id, r, c),
        parts: months
          .filter((m) => m.tables[by as PeriodGrouping].rows.includes(r))
          .map((m) => cellName(`${m.month}:${by}`, r, c)),
      })),
      {
        sum: rowTotalName(id, r),
        parts: months
          .filter((m) => m.tables[by as PeriodGrouping].rows.includes(r))
          .map((m) => rowTotalName(`${m.month}:${by}`, r)),
      },
    ]),
    ...COLUMNS.map((c) => ({ sum: columnTotalName(id, c), parts: partsOf((t) => columnTotalName(t, c)) })),
    { sum: totalName(id), parts: partsOf(totalName) },
  ];
  return combine(tableKnowledge(id, composed), { known: new Map(), equations });
}

describe("public tables of whole months", () => {
  it("publishes every table of a month consistently: shared totals, weeks equal to their days", async () => {
    const { tables } = await suppressMonth(cubeOf("2022-02", () => 10));
    expect(tables.day.rows).toHaveLength(28);
    expect(tables.week.rows).toEqual(["2022-01-31", "2022-02-07", "2022-02-14", "2022-02-21", "2022-02-28"]);
    expect(tables.month.rows).toEqual(["2022-02"]);
    for (const by of PERIOD_GROUPINGS) expect(tables[by].total).toBe(28 * 6 * 30);
    expect(tables.week.rowTotals[0]).toBe(6 * 6 * 30); // 1–6 Feb: the week's days in February only
  });

  it("lets no attacker learn a small count from all tables of two months and their sum", async () => {
    await fc.assert(
      fc.asyncProperty(smallCounts, smallCounts, async (jan, feb) => {
        const months = [
          { month: "2022-01", tables: (await suppressMonth(cubeOf("2022-01", visitsFrom(jan)))).tables },
          { month: "2022-02", tables: (await suppressMonth(cubeOf("2022-02", visitsFrom(feb)))).tables },
        ];
        for (const { tables } of months)
          for (const by of PERIOD_GROUPINGS)
            for (const row of tables[by].cells)
              for (const cell of row) expect(cell === null || cell === 0 || cell >= 5, `shown ${cell}`).toBe(true);
        const knowledge = combine(
          ...months.map((m) => monthKnowledge(m.month, m.tables)),
          ...PERIOD_GROUPINGS.map((by) => composedKnowledge(by, months)),
        );
        for (const [name, value] of attack(knowledge)) expect(value === 0 || value >= 5, `${name}=${value}`).toBe(true);
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it("lets no solver narrow a hidden count to fewer than five values, knowing hidden counts are whole numbers ≥ 1", async () => {
    await fc.assert(
      fc.asyncProperty(smallCounts, async (values) => {
        const { tables } = await suppressMonth(cubeOf("2022-02", visitsFrom(values)));
        const intervals = await solverAttack(monthKnowledge("2022-02", tables));
        const actual = actualValues("2022-02", cubeOf("2022-02", visitsFrom(values)));
        for (const [name, { lo, hi }] of intervals) {
          const value = actual.get(name);
          expect(value, `${name} is a published relation's unknown`).toBeDefined();
          expect(value! >= lo && value! <= hi, `${name}=${value} in [${lo}, ${hi}]`).toBe(true);
          if (value! > 0) expect(hi - lo, `${name}=${value} narrowed to [${lo}, ${hi}]`).toBeGreaterThanOrEqual(4);
        }
      }),
      { numRuns: 10 },
    );
  }, 120_000);

  it("hides a sum over months when any month hides its part", async () => {
    // January's only DENIED visits: 2, on 4 January, in K1 for S1. February: plenty.
    const jan = (
      await suppressMonth(cubeOf("2022-01", (d, k, s, c) => (c === 2 ? (d === 3 && k === 0 && s === 0 ? 2 : 0) : 20)))
    ).tables;
    const feb = (await suppressMonth(cubeOf("2022-02", () => 20))).tables;
    expect(jan.kecamatan.cells[0][2]).toBeNull();
    expect(feb.kecamatan.cells[0][2]).toBe(28 * 2 * 20);
    // Jan–Feb for K1 would be 1 122: published, it would give January's 2 away by difference with February.
    const composed = composeTables([jan.kecamatan, feb.kecamatan]);
    expect(composed.cells[0][2]).toBeNull();
    expect(composed.columnTotals[2]).toBeNull();
    composed.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        const [a, b] = [jan.kecamatan.cells[i][j], feb.kecamatan.cells[i][j]];
        expect(cell).toBe(a === null || b === null ? null : a + b);
      }),
    );
    expect(composed.cells.flat().some((c) => c !== null)).toBe(true);
    // Days are concatenated; the week of 31 January is one row, January's Monday plus February's days.
    expect(composeTables([jan.day, feb.day]).rows).toHaveLength(59);
    const weeks = composeTables([jan.week, feb.week]);
    expect(weeks.rows.filter((w) => w === "2022-01-31")).toHaveLength(1);
    expect(weeks.rowTotals[weeks.rows.indexOf("2022-01-31")]).toBe(jan.week.rowTotals.at(-1)! + feb.week.rowTotals[0]!);
    expect(weeks.cells[weeks.rows.indexOf("2022-01-03")][2]).toBeNull();
  });
});
