// The benchmark's one table: each figure, its baseline from the same run, the ratio, the goal.

export type Goal = { ratioAtLeast?: number; valueAtMost?: number; valueAtLeast?: number };
export type Row = { what: string; value: number; unit: string; baseline?: number; ratio?: number; goal?: Goal };

/** Whether a row meets its goal (undefined when it has none). */
export function meetsGoal(row: Row): boolean | undefined {
  if (!row.goal) return undefined;
  const { ratioAtLeast, valueAtMost, valueAtLeast } = row.goal;
  return (
    (ratioAtLeast === undefined || (row.ratio ?? 0) >= ratioAtLeast) &&
    (valueAtMost === undefined || row.value <= valueAtMost) &&
    (valueAtLeast === undefined || row.value >= valueAtLeast)
  );
}

const number = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(n >= 10 ? 1 : 2));

function goalText(goal: Goal | undefined): string {
  if (!goal) return "";
  return [
    goal.ratioAtLeast !== undefined ? `≥ ${goal.ratioAtLeast}×` : "",
    goal.valueAtMost !== undefined ? `≤ ${goal.valueAtMost}` : "",
    goal.valueAtLeast !== undefined ? `≥ ${goal.valueAtLeast}` : "",
  ]
    .filter(Boolean)
    .join(", ");
}

/** Prints the rows as a Markdown table (so it can be pasted into the README as is). */
export function printTable(rows: readonly Row[]): void {
  console.log("\n| what | value | baseline | ratio | goal | met |\n|---|---:|---:|---:|---|---|");
  for (const row of rows) {
    const met = meetsGoal(row);
    console.log(
      `| ${row.what} | ${number(row.value)} ${row.unit} | ${row.baseline === undefined ? "" : number(row.baseline)} | ${row.ratio === undefined ? "" : `${number(row.ratio)}×`} | ${goalText(row.goal)} | ${met === undefined ? "" : met ? "yes" : "**no**"} |`,
    );
  }
}
