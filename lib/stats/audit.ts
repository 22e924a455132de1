import { boundsOf, type Constraint, type Interval } from "./integer-program";
import { HIDDEN_COUNT_MIN, SUPPRESSION_THRESHOLD } from "./suppress";
import type { Line, Slot } from "./suppress-lines";

// The attacker, as a solver: given everything published about a month — every published
// number, every line (a total and the members adding up to it), that counts are whole
// numbers and that a hidden one is at least 1 (zeros are shown, suppress.ts) — what can be
// proven about each hidden number? For each hidden slot we solve two integer programs
// (integer-program.ts): its least and its greatest possible value. A hidden count is safe
// when at least SUPPRESSION_THRESHOLD values stay possible (hi − lo ≥ 4). Equalities alone
// (the old check) miss what the bounds and integrality add: a row total of 6 with two hidden
// cells proves each between 1 and 5.

export type { Interval };

/** Every distinct slot of the lines, in a stable order. */
export function slotsOf(lines: readonly Line[]): Slot[] {
  return [...new Set(lines.flatMap((l) => [l.total, ...l.members]))];
}

/** What one published state of the lines says: total = Σ members, published numbers as constants, hidden ones as `name(slot)`. */
export function lineConstraints(
  lines: readonly Line[],
  name: (s: Slot) => string,
  published: (s: Slot) => number | null,
): Constraint[] {
  return lines.map((line) => {
    const constraint: Constraint = { terms: [], sense: "=", rhs: 0 };
    for (const m of line.members) {
      const value = published(m);
      if (value === null) constraint.terms.push([1, name(m)]);
      else constraint.rhs -= value;
    }
    const total = published(line.total);
    if (total === null) constraint.terms.push([-1, name(line.total)]);
    else constraint.rhs += total;
    return constraint;
  });
}

/**
 * For every hidden slot that holds visits, the interval of values an attacker can prove (hi
 * may be Infinity).
 */
export async function attackIntervals(lines: readonly Line[]): Promise<Map<Slot, Interval>> {
  const slots = slotsOf(lines);
  const hidden = slots.filter((s) => s.hidden && s.value > 0);
  if (hidden.length === 0) return new Map();
  const names = new Map(slots.map((s, i) => [s, `x${i}`]));
  const constraints = lineConstraints(
    lines,
    (s) => names.get(s)!,
    (s) => (s.hidden ? null : s.value),
  );
  const intervals = await boundsOf(
    slots.filter((s) => s.hidden).map((s) => names.get(s)!),
    constraints,
    hidden.map((s) => [[1, names.get(s)!]]),
    () => HIDDEN_COUNT_MIN,
  );
  return new Map(hidden.map((s, i) => [s, intervals[i]]));
}

/** Whether an interval proven for a hidden count of `value` visits leaves it exposed (fewer than five values, and not a zero). */
export const tooNarrow = (value: number, { lo, hi }: Interval) => value > 0 && hi - lo < SUPPRESSION_THRESHOLD - 1;

/** Hidden slots that hold visits and that an attacker narrows to fewer than SUPPRESSION_THRESHOLD values. */
export function disclosed(intervals: ReadonlyMap<Slot, Interval>): Slot[] {
  return [...intervals].filter(([s, interval]) => tooNarrow(s.value, interval)).map(([s]) => s);
}
