import highsLoader, { type Highs } from "highs";

// Linear integer programs over whole numbers ≥ a least value (0, or 1 for hidden counts),
// solved with HiGHS (WebAssembly): the attacker's tool in the suppression audits. Only what
// the audits need: equalities and inequalities of sums, and the least and greatest value of a sum.

export type Terms = [coefficient: number, variable: string][];
export type Constraint = { terms: Terms; sense: "=" | ">="; rhs: number };
export type Interval = { lo: number; hi: number };

let solver: Promise<Highs> | undefined;
const highs = () => (solver ??= highsLoader());

const sum = (terms: Terms) =>
  terms.map(([c, v]) => `${c < 0 ? "-" : "+"} ${Math.abs(c) === 1 ? "" : `${Math.abs(c)} `}${v}`).join(" ");

/**
 * The least and greatest value of each objective over whole numbers (each ≥ `least` of it)
 * meeting every constraint (hi = Infinity when nothing bounds it). Throws when the constraints contradict
 * each other: published numbers never do.
 */
export async function boundsOf(
  variables: readonly string[],
  constraints: readonly Constraint[],
  objectives: readonly Terms[],
  least: (variable: string) => number = () => 0,
): Promise<Interval[]> {
  if (objectives.length === 0) return [];
  const solver = await highs();
  const rows = constraints
    .filter((c) => c.terms.length > 0)
    .map((c, i) => ` c${i}: ${sum(c.terms)} ${c.sense} ${c.rhs}`);
  const text = (objective: string, integers: boolean) =>
    [
      objective,
      "Subject To",
      ...(rows.length ? rows : [` c0: ${variables[0]} >= ${least(variables[0])}`]),
      "Bounds",
      ...variables.map((v) => ` ${v} >= ${least(v)}`),
      ...(integers ? ["General", ` ${variables.join(" ")}`] : []),
      "End",
    ].join("\n");
  const column = new Map(variables.map((v, k) => [v, k]));
  const { objectiveSense, modelStatus } = solver.constants;
  // The integer program, one objective at a time (slow, but exact whatever the constraints).
  const exact = (sense: "min" | "max", objective: Terms): number => {
    const result = solver.solve(text(`${sense === "min" ? "Minimize" : "Maximize"}\n obj: ${sum(objective)}`, true));
    if (result.Status === "Optimal") return Math.round(result.ObjectiveValue);
    if (result.Status === "Unbounded" || result.Status === "Primal infeasible or unbounded")
      return sense === "max" ? Infinity : -Infinity;
    throw new Error(`integer program: the solver answered ${result.Status}`);
  };
  // First the linear relaxation, parsed once, warm-started from bound to bound: when its
  // optimal solution is whole numbers (as it is for sums over tables), that IS the integer
  // optimum; only otherwise is the integer program solved.
  return solver.withModel(
    { format: "lp", data: text(` Minimize\n obj: ${variables.map((v) => `0 ${v}`).join(" + ")}`, false) },
    (model) => {
      model.options.set("output_flag", false);
      const bound = (sense: "min" | "max", objective: Terms): number => {
        const costs = new Float64Array(variables.length);
        for (const [c, v] of objective) costs[column.get(v)!] += c;
        model.changeColsCost({ kind: "range", from: 0, to: variables.length - 1 }, costs);
        model.changeObjectiveSense(sense === "min" ? objectiveSense.minimize : objectiveSense.maximize);
        model.run();
        const status = model.getModelStatus();
        if (status === modelStatus.unbounded) return sense === "max" ? Infinity : -Infinity;
        if (
          status === modelStatus.optimal &&
          model.getSolution().colValue.every((x) => Math.abs(x - Math.round(x)) < 1e-7)
        )
          return Math.round(model.getObjectiveValue());
        return exact(sense, objective);
      };
      return objectives.map((objective) => ({ lo: bound("min", objective), hi: bound("max", objective) }));
    },
  );
}
