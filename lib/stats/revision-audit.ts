import { lineConstraints, slotsOf, tooNarrow } from "./audit";
import { complementFor, suppressAudited, type AuditRecord } from "./audited-suppression";
import { boundsOf, type Constraint, type Interval, type Terms } from "./integer-program";
import {
  monthSlots,
  monthVisits,
  publishedValues,
  publishMonthSlots,
  type MonthCube,
  type PeriodTables,
} from "./period-tables";
import { SUPPRESSION_THRESHOLD } from "./suppress";
import type { Cell, Line, Slot } from "./suppress-lines";

// A published month is frozen. Late events may only come out in a new release when an
// attacker holding BOTH releases learns nothing small: not about either release's hidden
// numbers, and not about the difference — the late visits themselves. (One late DENIED on
// a quiet day would otherwise show up as "+1" in a day, a kecamatan and a service.)
// The attacker's program: the old release's hidden numbers o, the new one's n, every line
// of both, and n ≥ o (events are only ever added). The difference of a number published
// in both releases is known exactly, so it must be 0 or at least 5.

export type RevisionAudit = AuditRecord & { revisionRounds: number; lateEvents: number };

/** What meta.json says of a release's audit. */
export type PublicAudit = Partial<AuditRecord & { revisionRounds: number }>;
const PUBLIC_AUDIT_FIELDS = ["rounds", "hidden", "addedByAudit", "narrowest", "solver", "revisionRounds"] as const;

/**
 * A stored audit as the public may read it: only the named fields. The number of late visits a
 * revision added is the difference between two releases, which the audit guarantees is 0, at
 * least 5 or hidden in the tables; printed in the metadata it would undo that (3 late visits
 * of October 2021 were worked out this way).
 */
export function publicAudit(audit: unknown): PublicAudit {
  if (!audit || typeof audit !== "object") return {};
  const stored = audit as Record<string, unknown>;
  return Object.fromEntries(PUBLIC_AUDIT_FIELDS.filter((f) => f in stored).map((f) => [f, stored[f]]));
}
export type RevisionOutcome =
  | { ok: true; tables: PeriodTables; audit: RevisionAudit }
  | { ok: false; reason: "exposes"; exposed: number; rounds: number }
  | { ok: false; reason: "withdraws"; withdrawn: number; shown: number };

const MAX_ROUNDS = 8;

/**
 * The share of the numbers the current version shows that a revision may hide. Hiding is
 * always safe, but a revision that protects a few late visits by hiding most of a month
 * (a cascade of complementary cells) would replace a useful release with a table of "x":
 * then the release stays, and the revision waits for more late visits.
 */
export const MAX_WITHDRAWN_SHARE = 0.25;

/** The new release of a month, when one can be published next to the old one; else how many numbers it would expose. */
export async function auditedRevision(
  old: { cube: MonthCube; tables: PeriodTables },
  cube: MonthCube,
): Promise<RevisionOutcome> {
  const before = monthSlots(old.cube);
  const oldSlots = slotsOf(before.lines);
  const oldShown = publishedValues(before, old.tables);
  const after = monthSlots(cube);
  const newSlots = slotsOf(after.lines);
  const lateEvents = monthVisits(cube) - monthVisits(old.cube);
  let own = await suppressAudited(after.lines);
  let exposed: number[] = [];
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    exposed = await exposedByBoth(oldSlots, oldShown, before.lines, newSlots, after.lines);
    if (exposed.length === 0) {
      const shown = [...oldShown.values()].filter((value) => value !== null).length;
      const withdrawn = shown - newSlots.filter((s) => !s.hidden).length;
      if (withdrawn > MAX_WITHDRAWN_SHARE * shown) return { ok: false, reason: "withdraws", withdrawn, shown };
      return { ok: true, tables: publishMonthSlots(after), audit: { ...own, revisionRounds: round, lateEvents } };
    }
    for (const i of exposed) {
      const s = newSlots[i];
      const next = s.hidden ? complementFor(after.lines, s) : s;
      if (next) next.hidden = true;
    }
    own = await suppressAudited(after.lines);
  }
  return { ok: false, reason: "exposes", exposed: exposed.length, rounds: MAX_ROUNDS };
}

/** Indices of the slots that the two releases together expose (either release's hidden count, or the difference). */
async function exposedByBoth(
  oldSlots: readonly Slot[],
  oldShown: ReadonlyMap<Slot, Cell>,
  oldLines: readonly Line[],
  newSlots: readonly Slot[],
  newLines: readonly Line[],
): Promise<number[]> {
  const oldIndex = new Map(oldSlots.map((s, i) => [s, i]));
  const newIndex = new Map(newSlots.map((s, i) => [s, i]));
  const oldValue = (i: number) => oldShown.get(oldSlots[i]) ?? null;
  const newValue = (i: number) => (newSlots[i].hidden ? null : newSlots[i].value);
  const constraints: Constraint[] = [
    ...lineConstraints(
      oldLines,
      (s) => `o${oldIndex.get(s)}`,
      (s) => oldValue(oldIndex.get(s)!),
    ),
    ...lineConstraints(
      newLines,
      (s) => `n${newIndex.get(s)}`,
      (s) => newValue(newIndex.get(s)!),
    ),
  ];
  const exposed = new Set<number>();
  // d_i = n_i − o_i as terms and a constant: each side a variable when hidden, a number when published.
  const difference = (i: number): { terms: Terms; constant: number } => {
    const [o, n] = [oldValue(i), newValue(i)];
    const terms: Terms = [];
    if (n === null) terms.push([1, `n${i}`]);
    if (o === null) terms.push([-1, `o${i}`]);
    return { terms, constant: (n ?? 0) - (o ?? 0) };
  };
  // What the attacker bounds: each side's hidden counts and each difference, with the true value to judge it by.
  const objectives: { slot: number; terms: Terms; constant: number; truth: number }[] = [];
  newSlots.forEach((s, i) => {
    const d = difference(i);
    const truth = s.value - oldSlots[i].value;
    if (d.terms.length === 0) {
      if (d.constant > 0 && d.constant < SUPPRESSION_THRESHOLD) exposed.add(i);
    } else constraints.push({ terms: d.terms, sense: ">=", rhs: -d.constant });
    // Only numbers that hold visits are bounded: a zero proven zero discloses nobody.
    if (d.terms.length > 0 && truth > 0) objectives.push({ slot: i, ...d, truth });
    if (oldValue(i) === null && oldSlots[i].value > 0)
      objectives.push({ slot: i, terms: [[1, `o${i}`]], constant: 0, truth: oldSlots[i].value });
    if (newValue(i) === null && s.value > 0)
      objectives.push({ slot: i, terms: [[1, `n${i}`]], constant: 0, truth: s.value });
  });
  const variables = [...new Set(constraints.flatMap((c) => c.terms.map(([, v]) => v)))];
  const intervals: Interval[] = await boundsOf(
    variables,
    constraints,
    objectives.map((o) => o.terms),
  );
  objectives.forEach((o, k) => {
    const interval = { lo: intervals[k].lo + o.constant, hi: intervals[k].hi + o.constant };
    if (tooNarrow(o.truth, interval)) exposed.add(o.slot);
  });
  return [...exposed];
}
