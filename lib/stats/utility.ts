import type { PeriodTables } from "./period-tables";

// The other half of the privacy figure: how much of a month the public actually sees. A
// table's numbers are its cells and row totals (its column totals are the month's outcome
// totals, shared by every table); the share shown is of those, as the open-data issue measured it.

/** Months this busy must show at least GOAL_SHOWN of their numbers, in every version (the open-data issue's goal). */
export const BUSY_MONTH_VISITS = 10_000;
export const GOAL_SHOWN = 0.85;

export const UTILITY_TABLES = ["day", "week", "kecamatan", "service"] as const;
export type UtilityTable = (typeof UTILITY_TABLES)[number];
export type TableUtility = { table: UtilityTable; numbers: number; shown: number };

/** Numbers and numbers shown (not "x"), table by table, of one month's published tables. */
export function tableUtility(tables: PeriodTables): TableUtility[] {
  return UTILITY_TABLES.map((table) => {
    const t = tables[table];
    const numbers = t.cells.flatMap((row, i) => [...row, t.rowTotals[i]]);
    return { table, numbers: numbers.length, shown: numbers.filter((n) => n !== null).length };
  });
}

/** The share of a month's numbers shown, over all its tables. */
export function shownShare(tables: PeriodTables): number {
  const all = tableUtility(tables);
  const numbers = all.reduce((sum, t) => sum + t.numbers, 0);
  return numbers === 0 ? 1 : all.reduce((sum, t) => sum + t.shown, 0) / numbers;
}
