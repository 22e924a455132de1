import fc from "fast-check";
import { PERIOD_GROUPINGS, type MonthCube, type PeriodTables } from "@/lib/stats/period-tables";
import { daysOf, weekStart } from "@/lib/day";
import {
  cellName,
  columnTotalName,
  combine,
  rowTotalName,
  tableKnowledge,
  totalName,
  type Equation,
  type Knowledge,
} from "./suppression-attacker";

// What the published tables hide, for tests that check an attacker against the truth.

/** Every table of a month with nothing hidden: the truth the attacker is after. */
export function unsuppressed(cube: MonthCube): PeriodTables {
  const full = (rows: string[], counts: number[][]) => {
    const columnTotals = cube.columns.map((_, j) => counts.reduce((s, r) => s + r[j], 0));
    return {
      rows,
      columns: cube.columns,
      cells: counts,
      rowTotals: counts.map((r) => r.reduce((a, b) => a + b, 0)),
      columnTotals,
      total: columnTotals.reduce((a, b) => a + b, 0),
    };
  };
  const weeks = [...new Set(cube.day.rows.map(weekStart))];
  const weekCounts = weeks.map((w) =>
    cube.columns.map((_, j) =>
      cube.day.rows.reduce((s, d, i) => s + (weekStart(d) === w ? cube.day.counts[i][j] : 0), 0),
    ),
  );
  const day = full(cube.day.rows, cube.day.counts);
  const lateCells = cube.late ?? cube.columns.map(() => 0);
  const lateTotal = lateCells.reduce((a, b) => a + b, 0);
  return {
    late: { cells: lateCells, total: lateTotal, withLate: day.total + lateTotal },
    day,
    week: full(weeks, weekCounts),
    month: full([cube.month], [day.columnTotals]),
    kecamatan: full(cube.kecamatan.rows, cube.kecamatan.counts),
    service: full(cube.service.rows, cube.service.counts),
    outcome: full(["all"], [day.columnTotals]),
  };
}

export const COLUMNS = ["SERVED", "REFERRED", "DENIED"];
const KECAMATAN = ["K1", "K2", "K3"];
const SERVICES = ["S1", "S2"];

/** A month's cube from visits per day × kecamatan × service × outcome, so that every table adds up like real data. */
export function cubeOf(month: string, visits: (d: number, k: number, s: number, c: number) => number): MonthCube {
  const days = daysOf(month);
  const sum = (f: (d: number, k: number, s: number) => boolean, c: number) => {
    let n = 0;
    days.forEach((_, d) =>
      KECAMATAN.forEach((_, k) => SERVICES.forEach((_, s) => f(d, k, s) && (n += visits(d, k, s, c)))),
    );
    return n;
  };
  return {
    month,
    columns: COLUMNS,
    day: { rows: days, columns: COLUMNS, counts: days.map((_, d) => COLUMNS.map((_, c) => sum((x) => x === d, c))) },
    kecamatan: {
      rows: KECAMATAN,
      columns: COLUMNS,
      counts: KECAMATAN.map((_, k) => COLUMNS.map((_, c) => sum((_d, x) => x === k, c))),
    },
    service: {
      rows: SERVICES,
      columns: COLUMNS,
      counts: SERVICES.map((_, s) => COLUMNS.map((_, c) => sum((_d, _k, x) => x === s, c))),
    },
  };
}

const same = (a: string, b: string): Equation => ({ sum: a, parts: [b] });

/** What all of one month's published tables tell together, with the relations between them. */
export function monthKnowledge(month: string, tables: PeriodTables): Knowledge {
  const id = (by: string) => `${month}:${by}`;
  const columns = tables.day.columns;
  const pieces = PERIOD_GROUPINGS.map((by) => tableKnowledge(id(by), tables[by]));
  const shared: Equation[] = PERIOD_GROUPINGS.slice(1).flatMap((by) => [
    ...columns.map((c) => same(columnTotalName(id("day"), c), columnTotalName(id(by), c))),
    same(totalName(id("day")), totalName(id(by))),
  ]);
  const weeks: Equation[] = tables.week.rows.flatMap((w) => {
    const days = tables.day.rows.filter((d) => weekStart(d) === w);
    return [
      ...columns.map((c) => ({ sum: cellName(id("week"), w, c), parts: days.map((d) => cellName(id("day"), d, c)) })),
      { sum: rowTotalName(id("week"), w), parts: days.map((d) => rowTotalName(id("day"), d)) },
    ];
  });
  const monthRow: Equation[] = columns.flatMap((c) => [
    same(cellName(id("month"), month, c), columnTotalName(id("day"), c)),
    same(cellName(id("outcome"), "all", c), columnTotalName(id("day"), c)),
  ]);
  // The late-reported row (a coarsened revision): its cells add up to its total, and the
  // month's total with it is the tables' total plus it. A version without one had none.
  const late = tables.late ?? { cells: columns.map(() => 0), total: 0, withLate: tables.day.total };
  const lateKnown = new Map<string, number>();
  const note = (name: string, value: number | null) => value !== null && lateKnown.set(name, value);
  columns.forEach((c, j) => note(lateCellName(month, c), late.cells[j]));
  note(lateTotalName(month), late.total);
  note(withLateName(month), late.withLate);
  const lateRow: Equation[] = [
    { sum: lateTotalName(month), parts: columns.map((c) => lateCellName(month, c)) },
    { sum: withLateName(month), parts: [totalName(id("day")), lateTotalName(month)] },
  ];
  return combine(...pieces, { known: lateKnown, equations: [...shared, ...weeks, ...monthRow, ...lateRow] });
}

const lateCellName = (month: string, column: string) => `${month}:late|cell|${column}`;
const lateTotalName = (month: string) => `${month}:late|total`;
const withLateName = (month: string) => `${month}:late|withLate`;

export const actualValues = (month: string, cube: MonthCube) => monthKnowledge(month, unsuppressed(cube)).known;

export const smallCounts = fc.array(
  fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 })),
  {
    minLength: 60,
    maxLength: 60,
  },
);
export const visitsFrom = (values: number[]) => (d: number, k: number, s: number, c: number) =>
  values[(d * 7 + k * 5 + s * 3 + c * 11) % values.length] * (d % 7 === 6 ? 0 : 1);

/** How many numbers a release shows (not hidden) across its tables: what a revision may not take back wholesale. */
export function shownNumbers(tables: PeriodTables): number {
  return (["day", "week", "kecamatan", "service"] as const)
    .flatMap((by) => [
      ...tables[by].cells.flat(),
      ...tables[by].rowTotals,
      ...tables[by].columnTotals,
      tables[by].total,
    ])
    .filter((value) => value !== null).length;
}
