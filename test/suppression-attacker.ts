import highsLoader from "highs";
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

/**
 * The stronger attacker: every unknown is a whole number ≥ 1 (a count of visits; zeros are
 * always published, so a hidden number holds at least one visit), and each
 * is bounded by two integer programs (HiGHS) over every published relation. Returns, for
 * every unpublished name, the interval it can prove (hi = Infinity when unbounded). With
 * `grows` ([later, earlier] pairs: a release and its revision, where visits are only ever
 * added) it also bounds each difference, under the key `Δ<earlier>→<later>`. `only` limits which
 * names are bounded (the tests skip what is zero: a proven zero discloses nobody).
 */
export async function solverAttack(
  { known, equations }: Knowledge,
  grows: [string, string][] = [],
  only: (name: string) => boolean = () => true,
): Promise<Map<string, { lo: number; hi: number }>> {
  const solver = await highsLoader();
  const names = [...new Set([...equations.flatMap((e) => [e.sum, ...e.parts]), ...grows.flat()])].filter(
    (n) => !known.has(n),
  );
  const variable = new Map(names.map((n, i) => [n, `x${i}`]));
  // A name as LP terms and a constant: a variable when unknown, its number when published.
  const side = (name: string, sign: 1 | -1): { terms: string[]; constant: number } =>
    variable.has(name)
      ? { terms: [`${sign > 0 ? "+" : "-"} ${variable.get(name)}`], constant: 0 }
      : { terms: [], constant: sign * known.get(name)! };
  const relation = (plus: string[], minus: string[], sense: string, i: string) => {
    const sides = [...plus.map((n) => side(n, 1)), ...minus.map((n) => side(n, -1))];
    const terms = sides.flatMap((x) => x.terms);
    const rhs = -sides.reduce((s, x) => s + x.constant, 0);
    return terms.length ? [` ${i}: ${terms.join(" ")} ${sense} ${rhs}`] : [];
  };
  const constraints = [
    ...equations.flatMap(({ sum, parts }, i) => relation(parts, [sum], "=", `e${i}`)),
    ...grows.flatMap(([later, earlier], i) => relation([later], [earlier], ">=", `g${i}`)),
  ];
  const vars = [...variable.values()];
  const model = (objective: string) =>
    [
      objective,
      "Subject To",
      ...(constraints.length ? constraints : [" e: x0 >= 0"]),
      "Bounds",
      ...vars.map((x) => ` ${x} >= 1`),
      "General",
      ` ${vars.join(" ")}`,
      "End",
    ].join("\n");
  const bound = (sense: string, terms: string[]) => {
    const result = solver.solve(model(`${sense}\n obj: ${terms.join(" ")}`));
    if (result.Status === "Optimal") return Math.round(result.ObjectiveValue);
    if (result.Status === "Unbounded" || result.Status === "Primal infeasible or unbounded")
      return sense === "Maximize" ? Infinity : -Infinity;
    throw new Error(`attacker: ${result.Status}`);
  };
  const intervals = new Map(
    names
      .filter(only)
      .map((n) => [n, { lo: bound("Minimize", [variable.get(n)!]), hi: bound("Maximize", [variable.get(n)!]) }]),
  );
  for (const [later, earlier] of grows) {
    const key = `Δ${earlier}→${later}`;
    if (!only(key)) continue;
    const [a, b] = [side(later, 1), side(earlier, -1)];
    const terms = [...a.terms, ...b.terms];
    const constant = a.constant + b.constant;
    intervals.set(
      key,
      terms.length
        ? { lo: bound("Minimize", terms) + constant, hi: bound("Maximize", terms) + constant }
        : { lo: constant, hi: constant },
    );
  }
  return intervals;
}
