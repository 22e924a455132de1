import { SUPPRESSION_THRESHOLD } from "./suppress";

// Small-number suppression of a published table: rows × columns of counts with their
// row totals, column totals and grand total. A count under the threshold is hidden
// (primary suppression). Then, so that no hidden number can be worked out by subtracting
// the published ones from a published total, every row, column and list of totals with
// exactly one hidden member hides one more — its smallest other member, or, when there
// is none, the total itself (complementary suppression) — until none has exactly one.

export type Cell = number | null; // null = hidden ("<5")

export type CountTable = { rows: string[]; columns: string[]; counts: number[][] };

export type PublishedTable = {
  rows: string[];
  columns: string[];
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  total: Cell;
};

type Slot = { value: number; hidden: boolean };
type Line = { total: Slot; members: Slot[] };

const small = (n: number) => n < SUPPRESSION_THRESHOLD;
const slot = (value: number): Slot => ({ value, hidden: small(value) });

/** Hides what must be hidden; a hidden count's value never leaves this function. */
export function suppressTable(table: CountTable): PublishedTable {
  const { rows, columns, counts } = table;
  const cells = counts.map((row) => row.map(slot));
  const rowTotals = counts.map((row) => slot(row.reduce((a, b) => a + b, 0)));
  const columnTotals = columns.map((_, j) => slot(counts.reduce((sum, row) => sum + row[j], 0)));
  const total = slot(rowTotals.reduce((sum, t) => sum + t.value, 0));
  const lines: Line[] = [
    ...rows.map((_, i) => ({ total: rowTotals[i], members: cells[i] })),
    ...columns.map((_, j) => ({ total: columnTotals[j], members: cells.map((row) => row[j]) })),
    { total, members: rowTotals },
    { total, members: columnTotals },
  ];
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.total.hidden || line.members.filter((m) => m.hidden).length !== 1) continue;
      const next = line.members.filter((m) => !m.hidden).sort((a, b) => a.value - b.value)[0] ?? line.total;
      next.hidden = true;
      changed = true;
    }
  }
  const show = (s: Slot): Cell => (s.hidden ? null : s.value);
  return { rows, columns, cells: cells.map((row) => row.map(show)), rowTotals: rowTotals.map(show), columnTotals: columnTotals.map(show), total: show(total) };
}
