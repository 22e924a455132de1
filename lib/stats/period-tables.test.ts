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
  type Equation,
  type Knowledge,
} from "@/test/suppression-attacker";
import { composeTables, daysOf, PERIOD_GROUPINGS, suppressMonth, weekStart, type MonthCube, type PeriodTables } from "./period-tables";

const COLUMNS = ["SERVED", "REFERRED", "DENIED"];
const KECAMATAN = ["K1", "K2", "K3"];
const SERVICES = ["S1", "S2"];

/** A month's cube from visits per day × kecamatan × service × outcome, so that every table adds up like real data. */
function cubeOf(month: string, visits: (d: number, k: number, s: number, c: number) => number): MonthCube {
  const days = daysOf(month);
  const sum = (f: (d: number, k: number, s: number) => boolean, c: number) => {
    let n = 0;
    days.forEach((_, d) => KECAMATAN.forEach((_, k) => SERVICES.forEach((_, s) => f(d, k, s) && (n += visits(d, k, s, c)))));
    return n;
  };
  return {
    month,
    columns: COLUMNS,
    day: { rows: days, columns: COLUMNS, counts: days.map((_, d) => COLUMNS.map((_, c) => sum((x) => x === d, c))) },
    kecamatan: { rows: KECAMATAN, columns: COLUMNS, counts: KECAMATAN.map((_, k) => COLUMNS.map((_, c) => sum((_d, x) => x === k, c))) },
    service: { rows: SERVICES, columns: COLUMNS, counts: SERVICES.map((_, s) => COLUMNS.map((_, c) => sum((_d, _k, x) => x === s, c))) },
  };
}

const same = (a: string, b: string): Equation => ({ sum: a, parts: [b] });

/** What all of one month's published tables tell together, with the relations between them. */
function monthKnowledge(month: string, tables: PeriodTables): Knowledge {
  const id = (by: string) => `${month}:${by}`;
  const pieces = PERIOD_GROUPINGS.map((by) => tableKnowledge(id(by), tables[by]));
  const shared: Equation[] = PERIOD_GROUPINGS.slice(1).flatMap((by) => [
    ...COLUMNS.map((c) => same(columnTotalName(id("day"), c), columnTotalName(id(by), c))),
    same(totalName(id("day")), totalName(id(by))),
  ]);
  const weeks: Equation[] = tables.week.rows.flatMap((w) => {
    const days = tables.day.rows.filter((d) => weekStart(d) === w);
    return [
      ...COLUMNS.map((c) => ({ sum: cellName(id("week"), w, c), parts: days.map((d) => cellName(id("day"), d, c)) })),
      { sum: rowTotalName(id("week"), w), parts: days.map((d) => rowTotalName(id("day"), d)) },
    ];
  });
  const monthRow: Equation[] = COLUMNS.flatMap((c) => [
    same(cellName(id("month"), month, c), columnTotalName(id("day"), c)),
    same(cellName(id("outcome"), "all", c), columnTotalName(id("day"), c)),
  ]);
  return combine(...pieces, { known: new Map(), equations: [...shared, ...weeks, ...monthRow] });
}

/** What a composed period's table tells, and that it is the sum of its months' tables. */
function composedKnowledge(by: string, months: { month: string; tables: PeriodTables }[]): Knowledge {
  const id = `period:${by}`;
  const composed = composeTables(months.map((m) => m.tables[by as keyof PeriodTables]));
  const partsOf = (name: (table: string) => string) => months.map((m) => name(`${m.month}:${by}`));
  const equations: Equation[] = [
    ...composed.rows.flatMap((r) => [
      ...COLUMNS.map((c) => ({
        sum: cellName(id, r, c),
        parts: months.filter((m) => m.tables[by as keyof PeriodTables].rows.includes(r)).map((m) => cellName(`${m.month}:${by}`, r, c)),
      })),
      {
        sum: rowTotalName(id, r),
        parts: months.filter((m) => m.tables[by as keyof PeriodTables].rows.includes(r)).map((m) => rowTotalName(`${m.month}:${by}`, r)),
      },
    ]),
    ...COLUMNS.map((c) => ({ sum: columnTotalName(id, c), parts: partsOf((t) => columnTotalName(t, c)) })),
    { sum: totalName(id), parts: partsOf(totalName) },
  ];
  return combine(tableKnowledge(id, composed), { known: new Map(), equations });
}

const smallCounts = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 })), { minLength: 60, maxLength: 60 });
const visitsFrom = (values: number[]) => (d: number, k: number, s: number, c: number) =>
  values[(d * 7 + k * 5 + s * 3 + c * 11) % values.length] * (d % 7 === 6 ? 0 : 1);

describe("public tables of whole months", () => {
  it("publishes every table of a month consistently: shared totals, weeks equal to their days", () => {
    const tables = suppressMonth(cubeOf("2022-02", () => 10));
    expect(tables.day.rows).toHaveLength(28);
    expect(tables.week.rows).toEqual(["2022-01-31", "2022-02-07", "2022-02-14", "2022-02-21", "2022-02-28"]);
    expect(tables.month.rows).toEqual(["2022-02"]);
    for (const by of PERIOD_GROUPINGS) expect(tables[by].total).toBe(28 * 6 * 30);
    expect(tables.week.rowTotals[0]).toBe(6 * 6 * 30); // 1–6 Feb: the week's days in February only
  });

  it("lets no attacker learn a small count from all tables of two months and their sum", () => {
    fc.assert(
      fc.property(smallCounts, smallCounts, (jan, feb) => {
        const months = [
          { month: "2022-01", tables: suppressMonth(cubeOf("2022-01", visitsFrom(jan))) },
          { month: "2022-02", tables: suppressMonth(cubeOf("2022-02", visitsFrom(feb))) },
        ];
        for (const { tables } of months)
          for (const by of PERIOD_GROUPINGS)
            for (const row of tables[by].cells) for (const cell of row) if (cell !== null) expect(cell).toBeGreaterThanOrEqual(5);
        const knowledge = combine(...months.map((m) => monthKnowledge(m.month, m.tables)), ...PERIOD_GROUPINGS.map((by) => composedKnowledge(by, months)));
        for (const [name, value] of attack(knowledge)) expect(value, name).toBeGreaterThanOrEqual(5);
      }),
      { numRuns: 60 },
    );
  });

  it("hides a sum over months when any month hides its part", () => {
    // January's only DENIED visits: 2, on 4 January, in K1 for S1. February: plenty.
    const jan = suppressMonth(cubeOf("2022-01", (d, k, s, c) => (c === 2 ? (d === 3 && k === 0 && s === 0 ? 2 : 0) : 20)));
    const feb = suppressMonth(cubeOf("2022-02", () => 20));
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
