import { weekStart } from "@/lib/day";
import { slotsOf } from "./audit";
import { suppressAudited, type AuditRecord } from "./audited-suppression";
import { show, slot, sumOf, type Cell, type Line, type Slot } from "./suppress-lines";
import {
  publishSlots,
  tableLines,
  tableSlots,
  type CountTable,
  type PublishedTable,
  type TableSlots,
} from "./suppress-table";

// Public traffic is published for whole calendar months only, and every table of a month —
// by day, week, month, kecamatan, service, outcome — is suppressed in ONE problem: they
// share the month's outcome totals and grand total, and each week is tied to its days.
// So no hidden count can be worked out by subtracting one published table from another
// (days from their week, one kecamatan from the column total the service table shows…).
// A longer period is the sum of its months, and a sum is hidden when any part is hidden:
// the difference of two overlapping periods is then a month's own published table, or
// hidden. Months never overlap, so there is nothing finer to difference out.

export const PERIOD_GROUPINGS = ["day", "week", "month", "kecamatan", "service", "outcome"] as const;
export type PeriodGrouping = (typeof PERIOD_GROUPINGS)[number];

/**
 * One month's counts, outcome columns: by day (every day of the month), by kecamatan, by
 * service. A coarsened revision (revision-audit.ts) keeps those of the version it revises
 * and adds `late`: the visits reported since, by outcome only — no day, kecamatan or service.
 */
export type MonthCube = {
  month: string;
  columns: string[];
  day: CountTable;
  kecamatan: CountTable;
  service: CountTable;
  late?: number[];
};

/**
 * The "reported late" row of a coarsened revision, as published: its numbers by outcome, their
 * total, and the month's total with them (the tables' own totals leave them out).
 */
export type LateRow = { cells: Cell[]; total: Cell; withLate: Cell };
export type PeriodTables = Record<PeriodGrouping, PublishedTable> & { late?: LateRow };

/** A version's late row; one published without any had none: zeros, and its total with them is its total. */
const lateRowOf = (tables: PeriodTables): LateRow =>
  tables.late ?? { cells: tables.day.columns.map(() => 0), total: 0, withLate: tables.day.total };

const sumOfCounts = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);

/** All visits of a month's cube, the late-reported ones included. */
export const monthVisits = (cube: MonthCube): number =>
  sumOfCounts(cube.day.counts.flat()) + sumOfCounts(cube.late ?? []);

/** Visits of each outcome column of a cube, wherever they are placed (a day, or the late row). */
export const outcomeVisits = (cube: MonthCube): number[] =>
  cube.columns.map((_, j) => sumOfCounts(cube.day.counts.map((row) => row[j])) + (cube.late?.[j] ?? 0));

/**
 * The cube of a coarsened revision of `base`: base's days, kecamatan and services as they
 * were, and every visit of `now` not among them in the late row, by outcome.
 */
export function coarsened(base: MonthCube, now: MonthCube): MonthCube {
  const placed = outcomeVisits({ ...base, late: undefined });
  return { ...base, late: outcomeVisits(now).map((n, j) => n - placed[j]) };
}

/** Every number of a month's public tables as a slot, and the lines that tie them together. */
export type MonthSlots = {
  month: string;
  day: TableSlots;
  week: TableSlots;
  kecamatan: TableSlots;
  service: TableSlots;
  late: { cells: Slot[]; total: Slot; withLate: Slot };
  /** A coarsened revision: its tables are the base's, and its late visits are in the late row. */
  coarse: boolean;
  lines: Line[];
};

/** The slots and lines of one month's tables, nothing hidden yet but the small counts. */
export function monthSlots(cube: MonthCube): MonthSlots {
  const day = tableSlots(cube.day);
  const shared = { columnTotals: day.columnTotals, total: day.total };
  const kecamatan = tableSlots(cube.kecamatan, shared);
  const service = tableSlots(cube.service, shared);

  // A week row of a month holds only that month's days of the week: weeks never straddle two month tables.
  const weeks = [...new Set(day.rows.map(weekStart))];
  const dayIndexesOfWeek = weeks.map((w) => day.rows.flatMap((d, i) => (weekStart(d) === w ? [i] : [])));
  const weekCells = dayIndexesOfWeek.map((days) =>
    cube.columns.map((_, j) => slot(sumOf(days.map((i) => day.cells[i][j])))),
  );
  const week: TableSlots = {
    rows: weeks,
    columns: cube.columns,
    cells: weekCells,
    rowTotals: weekCells.map((row) => slot(sumOf(row))),
    ...shared,
  };
  const weekOfDays: Line[] = dayIndexesOfWeek.flatMap((days, k) => [
    ...cube.columns.map((_, j) => ({ total: week.cells[k][j], members: days.map((i) => day.cells[i][j]) })),
    { total: week.rowTotals[k], members: days.map((i) => day.rowTotals[i]) },
  ]);
  // Every version has the late row (zeros until a coarsened revision), so versions share their slots.
  const lateCells = cube.columns.map((_, j) => slot(cube.late?.[j] ?? 0));
  const lateTotal = slot(sumOf(lateCells));
  const late = { cells: lateCells, total: lateTotal, withLate: slot(day.total.value + lateTotal.value) };
  const tableLinesOfMonth = [
    ...tableLines(day),
    ...tableLines(kecamatan),
    ...tableLines(service),
    ...tableLines(week),
    ...weekOfDays,
  ];
  // A coarsened revision publishes its base tables as they were: no complement is chosen among them.
  if (cube.late) for (const s of slotsOf(tableLinesOfMonth)) s.frozen = true;
  const lines = [
    ...tableLinesOfMonth,
    { total: late.total, members: late.cells },
    { total: late.withLate, members: [day.total, late.total] },
  ];
  return { month: cube.month, day, week, kecamatan, service, late, coarse: cube.late !== undefined, lines };
}

/** The tables as they may leave the server: hidden slots as null. */
export function publishMonthSlots(m: MonthSlots): PeriodTables {
  // The month row and the outcome row are the shared column totals themselves.
  const single = (key: string) =>
    publishSlots({ ...m.day, rows: [key], cells: [m.day.columnTotals], rowTotals: [m.day.total] });
  return {
    day: publishSlots(m.day),
    week: publishSlots(m.week),
    month: single(m.month),
    kecamatan: publishSlots(m.kecamatan),
    service: publishSlots(m.service),
    outcome: single("all"),
    // Only a coarsened revision has late visits outside the tables; before, the row is all zeros.
    ...(m.coarse
      ? { late: { cells: m.late.cells.map(show), total: show(m.late.total), withLate: show(m.late.withLate) } }
      : {}),
  };
}

/** What a published release of the month showed, slot by slot (null: hidden). */
export function publishedValues(m: MonthSlots, tables: PeriodTables): Map<Slot, Cell> {
  const values = new Map<Slot, Cell>();
  for (const by of ["day", "week", "kecamatan", "service"] as const) {
    const slots = m[by];
    const table = tables[by];
    slots.cells.forEach((row, i) => row.forEach((s, j) => values.set(s, table.cells[i][j])));
    slots.rowTotals.forEach((s, i) => values.set(s, table.rowTotals[i]));
    slots.columnTotals.forEach((s, j) => values.set(s, table.columnTotals[j]));
    values.set(slots.total, table.total);
  }
  const late = lateRowOf(tables);
  m.late.cells.forEach((s, j) => values.set(s, late.cells[j]));
  values.set(m.late.total, late.total);
  values.set(m.late.withLate, late.withLate);
  return values;
}

/** Every public table of one month, suppressed together and audited by the solver (audited-suppression.ts). */
export async function suppressMonth(cube: MonthCube): Promise<{ tables: PeriodTables; audit: AuditRecord }> {
  const slots = monthSlots(cube);
  const audit = await suppressAudited(slots.lines);
  return { tables: publishMonthSlots(slots), audit };
}

const add = (a: Cell, b: Cell): Cell => (a === null || b === null ? null : a + b);

/** Tables of consecutive months as one: rows with the same key are summed; a sum with a hidden part is hidden. */
export function composeTables(parts: readonly PublishedTable[]): PublishedTable {
  const [first, ...rest] = parts;
  const index = new Map<string, number>();
  const rows: string[] = [];
  const cells: Cell[][] = [];
  const rowTotals: Cell[] = [];
  for (const part of parts)
    part.rows.forEach((key, i) => {
      const at = index.get(key);
      if (at === undefined) {
        index.set(key, rows.length);
        rows.push(key);
        cells.push([...part.cells[i]]);
        rowTotals.push(part.rowTotals[i]);
      } else {
        cells[at] = cells[at].map((c, j) => add(c, part.cells[i][j]));
        rowTotals[at] = add(rowTotals[at], part.rowTotals[i]);
      }
    });
  return {
    rows,
    columns: first.columns,
    cells,
    rowTotals,
    columnTotals: rest.reduce((totals, part) => totals.map((c, j) => add(c, part.columnTotals[j])), first.columnTotals),
    total: rest.reduce((total, part) => add(total, part.total), first.total),
  };
}

/** The late rows of consecutive months as one (undefined: none of them has one). */
export function composeLate(months: readonly PeriodTables[]): LateRow | undefined {
  if (!months.some((m) => m.late)) return undefined;
  return months.map(lateRowOf).reduce((a, b) => ({
    cells: a.cells.map((c, j) => add(c, b.cells[j])),
    total: add(a.total, b.total),
    withLate: add(a.withLate, b.withLate),
  }));
}
