import { expect } from "vitest";
import type { MonthCube, PeriodTables } from "@/lib/stats/period-tables";
import { actualValues, monthKnowledge } from "./month-truth";
import { combine, solverAttack } from "./suppression-attacker";

// The attacker of a revised month: it kept every version ever published (v1:, v2:, …) and
// knows that a later version holds at least what an earlier one held (visits are only added).
// What it must not learn: a count that every version so far hid (fewer than five possible
// values), or the late visits between any two versions — known exactly, they must be 0 or at
// least 5 like any published count; narrowed, the values left must not include a small one.

type Version = { tables: PeriodTables; cube: MonthCube };
export type Finding = { name: string; truth: number; lo: number; hi: number };

const DIFFERENCE = /^Δ(v\d+:.*)→(v\d+:.*)$/;
const versionOf = (name: string) => Number(/^v(\d+):/.exec(name)![1]);
const inVersion = (name: string, k: number) => name.replace(/^v\d+:/, `v${k}:`);

/** Every bound the attacker proves over all versions of one month, each with the true value. */
export async function attackVersions(versions: readonly Version[]): Promise<Finding[]> {
  const knowledge = versions.map((v, k) => monthKnowledge(`v${k + 1}`, v.tables));
  const truths = versions.map((v, k) => actualValues(`v${k + 1}`, v.cube));
  const truthOf = (name: string): number => {
    const difference = DIFFERENCE.exec(name);
    if (difference) return truthOf(difference[2]) - truthOf(difference[1]);
    return truths[versionOf(name) - 1].get(name)!;
  };
  const names = [...new Set(knowledge[0].equations.flatMap((e) => [e.sum, ...e.parts]))];
  const pairs: [string, string][] = [];
  for (let k = 2; k <= versions.length; k++)
    for (let j = 1; j < k; j++) for (const n of names) pairs.push([inVersion(n, k), inVersion(n, j)]);
  const intervals = await solverAttack(combine(...knowledge), pairs, (name) => truthOf(name) > 0);
  return [...intervals].map(([name, { lo, hi }]) => ({ name, truth: truthOf(name), lo, hi }));
}

/** Whether a finding discloses something small (see the head of this file). */
export function discloses({ name, truth, lo, hi }: Finding, knowledge: (name: string) => boolean): boolean {
  if (truth < lo || truth > hi) throw new Error(`${name}=${truth} outside the attacker's [${lo}, ${hi}]`);
  if (DIFFERENCE.test(name)) return lo === hi ? truth > 0 && truth < 5 : hi - lo < 4 && lo < 5;
  // A count an earlier version showed is known but for its late visits: the differences cover it.
  const k = versionOf(name);
  for (let j = 1; j < k; j++) if (knowledge(inVersion(name, j))) return false;
  return hi - lo < 4;
}

/** Asserts that an attacker holding every version of a month learns nothing small. */
export async function expectNothingSmallFromVersions(versions: readonly Version[]): Promise<void> {
  const published = combine(...versions.map((v, k) => monthKnowledge(`v${k + 1}`, v.tables))).known;
  for (const finding of await attackVersions(versions))
    expect(
      discloses(finding, (n) => published.has(n)),
      `${finding.name}=${finding.truth} narrowed to [${finding.lo}, ${finding.hi}]`,
    ).toBe(false);
}
