import type { PublishedTable } from "@/lib/stats/suppress-table";

// An attacker on published tables: everything published is known, and every published
// relation (a total is the sum of its members; two tables share a total; a longer period
// is the sum of its months) is an equation Σ sum = Σ parts. Any equation with exactly one
// unknown is solved, again and again. What it solves, it has learned.

export type Equation = { sum: string; parts: string[] };
export type Knowledge = { known: Map<string, number>; equations: Equation[] };

export const cellName = (table: string, row: string, column: string) => `${table}|cell|${row}|${column}`;
export const rowTotalName = (table: string, row: string) => `${table}|row|${row}`;
export const columnTotalName = (table: string, column: string) => `${table}|column|${column}`;
export const totalName = (table: string) => `${table}|total`;

/** What a published table tells: its numbers, and that rows, columns and totals add up. */
export function tableKnowledge(id: string, t: PublishedTable): Knowledge {
  const known = new Map<string, number>();
  const note = (name: string, value: number | null) => value !== null && known.set(name, value);
  t.rows.forEach((r, i) => {
    t.columns.forEach((c, j) => note(cellName(id, r, c), t.cells[i][j]));
    note(rowTotalName(id, r), t.rowTotals[i]);
  });
  t.columns.forEach((c, j) => note(columnTotalName(id, c), t.columnTotals[j]));
  note(totalName(id), t.total);
  return {
    known,
    equations: [
      ...t.rows.map((r) => ({ sum: rowTotalName(id, r), parts: t.columns.map((c) => cellName(id, r, c)) })),
      ...t.columns.map((c) => ({ sum: columnTotalName(id, c), parts: t.rows.map((r) => cellName(id, r, c)) })),
      { sum: totalName(id), parts: t.rows.map((r) => rowTotalName(id, r)) },
      { sum: totalName(id), parts: t.columns.map((c) => columnTotalName(id, c)) },
    ],
  };
}

export function combine(...pieces: Knowledge[]): Knowledge {
  return { known: new Map(pieces.flatMap((p) => [...p.known])), equations: pieces.flatMap((p) => p.equations) };
}

/** Solves what it can; returns the values it learned that were not published. */
export function attack({ known: published, equations }: Knowledge): Map<string, number> {
  const known = new Map(published);
  const learned = new Map<string, number>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const { sum, parts } of equations) {
      const unknown = [sum, ...parts].filter((name) => !known.has(name));
      if (unknown.length !== 1) continue;
      const [name] = unknown;
      const partsSum = parts.reduce((s, p) => s + (known.get(p) ?? 0), 0);
      const value = name === sum ? partsSum : known.get(sum)! - partsSum;
      known.set(name, value);
      learned.set(name, value);
      progress = true;
    }
  }
  return learned;
}
