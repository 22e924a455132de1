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
  return {
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
