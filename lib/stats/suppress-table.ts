import { show, slot, sumOf, suppressLines, type Cell, type Line, type Slot } from "./suppress-lines";

// Small-number suppression of one published table: rows × columns of counts with their
// row totals, column totals and grand total (see suppress-lines.ts for the algorithm).

export type { Cell };
export type CountTable = { rows: string[]; columns: string[]; counts: number[][] };

export type PublishedTable = {
  rows: string[];
  columns: string[];
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  total: Cell;
};

/** A table's slots and the lines that tie them together; column totals may be shared with other tables. */
export type TableSlots = {
  rows: string[];
  columns: string[];
  cells: Slot[][];
  rowTotals: Slot[];
  columnTotals: Slot[];
  total: Slot;
};

export function tableSlots(table: CountTable, shared?: { columnTotals: Slot[]; total: Slot }): TableSlots {
  const cells = table.counts.map((row) => row.map(slot));
  const columnTotals = shared?.columnTotals ?? table.columns.map((_, j) => slot(sumOf(cells.map((row) => row[j]))));
  return {
    rows: table.rows,
    columns: table.columns,
    cells,
    rowTotals: cells.map((row) => slot(sumOf(row))),
    columnTotals,
    total: shared?.total ?? slot(sumOf(columnTotals)),
  };
}

/** Rows, columns, and the row totals and column totals each adding up to the grand total. */
export function tableLines(t: TableSlots): Line[] {
  return [
    ...t.rows.map((_, i) => ({ total: t.rowTotals[i], members: t.cells[i] })),
    ...t.columns.map((_, j) => ({ total: t.columnTotals[j], members: t.cells.map((row) => row[j]) })),
    { total: t.total, members: t.rowTotals },
    { total: t.total, members: t.columnTotals },
  ];
}

export function publishSlots(t: TableSlots): PublishedTable {
  return {
    rows: t.rows,
    columns: t.columns,
    cells: t.cells.map((row) => row.map(show)),
    rowTotals: t.rowTotals.map(show),
    columnTotals: t.columnTotals.map(show),
    total: show(t.total),
  };
}

/** Hides what must be hidden in one table on its own; a hidden count's value never leaves this function. */
export function suppressTable(table: CountTable): PublishedTable {
  const slots = tableSlots(table);
  suppressLines(tableLines(slots));
  return publishSlots(slots);
}
