import { lineConstraints, slotsOf, tooNarrow } from "./audit";
import { hideComplements, suppressAudited, type AuditRecord } from "./audited-suppression";
import { boundsOf, type Constraint, type Interval, type Terms } from "./integer-program";
import {
  coarsened,
  monthSlots,
  monthVisits,
  publishedValues,
  publishMonthSlots,
  type MonthCube,
  type PeriodTables,
} from "./period-tables";
import { HIDDEN_COUNT_MIN, isSmallCount, SUPPRESSION_THRESHOLD } from "./suppress";
import type { Line, Slot } from "./suppress-lines";
import { BUSY_MONTH_VISITS, GOAL_SHOWN, shownShare } from "./utility";

// A published month is frozen. Late events may only come out in a new release when an
// attacker holding BOTH releases learns nothing small: not about either release's hidden
// numbers, and not about the difference — the late visits themselves. (One late DENIED on
// a quiet day would otherwise show up as "+1" in a day, a kecamatan and a service.)
// The attacker's program: the old release's hidden numbers o, the new one's n, every line
// of both, and n ≥ o (events are only ever added). What must stay safe:
// - a count the old release hid: at least five possible values, as in its own audit. So a
//   number hidden once stays hidden (showing it would show its late visits' complement);
// - a count both releases hide: the same;
// - the late visits of each number (the difference): when it is known exactly, 0 or at least
//   5, as any published count; otherwise it may not be narrowed to fewer than five values
//   among which a small one (1 to 4). A number the old release showed and the new one hides
//   is known but for its late visits: the difference covers it.

export type RevisionAudit = AuditRecord & { revisionRounds: number; lateEvents: number; coarsened: boolean };

/** What meta.json says of a release's audit. */
export type PublicAudit = Partial<AuditRecord & { revisionRounds: number; coarsened: boolean }>;
const PUBLIC_AUDIT_FIELDS = [
  "rounds",
  "hidden",
  "addedByAudit",
  "narrowest",
  "solver",
  "revisionRounds",
  "coarsened",
] as const;

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
  | { ok: true; tables: PeriodTables; cube: MonthCube; audit: RevisionAudit }
  | { ok: false; reason: "exposes"; exposed: number; rounds: number }
  | { ok: false; reason: "withdraws"; withdrawn: number; shown: number }
  | { ok: false; reason: "tooFew" };

const MAX_ROUNDS = 8;

/**
 * The share of the numbers the current version shows that a revision may hide. Hiding is
 * always safe, but a revision that protects a few late visits by hiding most of a month
 * (a cascade of complementary cells) would replace a useful release with a table of "x":
 * then the release stays, and the revision waits for more late visits. Nor may a revision
 * take a busy month below the share every busy month shows (lib/stats/utility.ts), nor hide
 * the month's total or an outcome total that it showed.
 */
export const MAX_WITHDRAWN_SHARE = 0.25;

/** A published version of a month as the audit sees it: its numbers, which it showed, and its lines. */
type VersionState = { slots: Slot[]; value: (i: number) => number | null; lines: readonly Line[]; least: number };

function versionState(release: { cube: MonthCube; tables: PeriodTables }): VersionState {
  const slots = monthSlots(release.cube);
  const all = slotsOf(slots.lines);
  const shown = publishedValues(slots, release.tables);
  const value = (i: number) => shown.get(all[i]) ?? null;
  // A release made before zeros were shown (suppress.ts) may hide zeros: its hidden counts are only ≥ 0.
  const hidZero = all.some((s, i) => s.value === 0 && value(i) === null);
  return { slots: all, value, lines: slots.lines, least: hidZero ? 0 : HIDDEN_COUNT_MIN };
}

type Version = { cube: MonthCube; tables: PeriodTables };

/**
 * The next release of a month, when it can be published beside every earlier version (oldest
 * first); else how many numbers it would expose, or withdraw.
 *
 * First with the late visits in their days, kecamatan and services. A trickle of them rarely
 * passes that way: the month's outcome totals are shown, so each outcome's late visits are a
 * published difference, and one of 1 to 4 would need the totals hidden. Then the revision is
 * coarsened, as statistics offices publish late registrations: the tables stay as they were
 * and the late visits are one more row by outcome (`coarsened`), suppressed like any row. Once
 * coarsened, always: visits never move out of the late row into a day.
 */
export async function auditedRevision(previous: readonly Version[], cube: MonthCube): Promise<RevisionOutcome> {
  const last = previous.at(-1)!;
  if (last.cube.late !== undefined) return coarsenedRevision(previous, cube);
  const placed = await auditVersion(previous, cube);
  if (placed.ok) return placed;
  const coarse = await coarsenedRevision(previous, cube);
  return coarse.ok || coarse.reason === "tooFew" ? coarse : placed;
}

/**
 * A coarsened revision, unless it would publish its late visits as "x" only: too few to show
 * (fewer than five, or hidden to protect a number); they wait for more.
 */
async function coarsenedRevision(previous: readonly Version[], cube: MonthCube): Promise<RevisionOutcome> {
  const outcome = await auditVersion(previous, coarsened(previous.at(-1)!.cube, cube));
  if (outcome.ok && outcome.tables.late?.total === null) return { ok: false, reason: "tooFew" };
  return outcome;
}

/** The audit of one candidate version (its late visits placed, or coarsened) beside every earlier one. */
async function auditVersion(previous: readonly Version[], cube: MonthCube): Promise<RevisionOutcome> {
  const earlier = previous.map(versionState);
  const latest = earlier.at(-1)!;
  const last = previous.at(-1)!;
  const after = monthSlots(cube);
  const newSlots = slotsOf(after.lines);
  // Days, kecamatan and services are fixed vocabularies: every version has the same numbers.
  if (earlier.some((v) => v.slots.length !== newSlots.length))
    throw new Error(`revision of ${cube.month}: its tables no longer have the shape of the earlier versions`);
  // A number hidden once stays hidden: shown now, it would give its earlier value away to
  // anyone who knows the late visits of its line.
  newSlots.forEach((s, i) => {
    if (latest.value(i) === null && s.value > 0) s.hidden = true;
  });
  const next: VersionState = {
    slots: newSlots,
    value: (i) => (newSlots[i].hidden ? null : newSlots[i].value),
    lines: after.lines,
    least: HIDDEN_COUNT_MIN,
  };
  const lateEvents = monthVisits(cube) - monthVisits(last.cube);
  let own = await suppressAudited(after.lines);
  let exposed: number[] = [];
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    exposed = await exposedByAll([...earlier, next]);
    if (exposed.length === 0) {
      const shown = latest.slots.filter((_, i) => latest.value(i) !== null).length;
      const withdrawn = shown - newSlots.filter((s) => !s.hidden).length;
      const tables = publishMonthSlots(after);
      const busy = monthVisits(cube) >= BUSY_MONTH_VISITS && shownShare(last.tables) >= GOAL_SHOWN;
      // The month's total and outcome totals are its headline (the home page's numbers): a
      // revision that would hide one the month showed is refused — a handful of late visits
      // moves the total by less than 5, and the total would have to go.
      const headline = [...after.day.columnTotals, after.day.total].map((s) => newSlots.indexOf(s));
      const hidesHeadline = headline.some((i) => newSlots[i].hidden && latest.value(i) !== null);
      if (withdrawn > MAX_WITHDRAWN_SHARE * shown || (busy && shownShare(tables) < GOAL_SHOWN) || hidesHeadline)
        return { ok: false, reason: "withdraws", withdrawn, shown };
      const audit = { ...own, revisionRounds: round, lateEvents, coarsened: after.coarse };
      return { ok: true, tables, cube, audit };
    }
    hideComplements(
      after.lines,
      exposed.map((i) => newSlots[i]),
    );
    own = await suppressAudited(after.lines);
  }
  return { ok: false, reason: "exposes", exposed: exposed.length, rounds: MAX_ROUNDS };
}

/** Whether the late visits of a number, `truth` of them, are narrowed to fewer than five values that include a small count. */
const lateVisitsNarrowed = (truth: number, { lo, hi }: Interval) =>
  truth > 0 && hi - lo < SUPPRESSION_THRESHOLD - 1 && lo < SUPPRESSION_THRESHOLD;

/**
 * Indices of the slots that all versions together expose: a count every version so far has
 * hidden, or the late visits between any two versions (the difference of a number).
 */
async function exposedByAll(versions: readonly VersionState[]): Promise<number[]> {
  const name = (k: number, i: number) => `v${k}_${i}`;
  const index = versions.map((v) => new Map(v.slots.map((s, i) => [s, i])));
  const constraints: Constraint[] = versions.flatMap((v, k) =>
    lineConstraints(
      v.lines,
      (s) => name(k, index[k].get(s)!),
      (s) => v.value(index[k].get(s)!),
    ),
  );
  const exposed = new Set<number>();
  // The late visits of number i from version j to version k, as terms and a constant.
  const difference = (j: number, k: number, i: number): { terms: Terms; constant: number } => {
    const [a, b] = [versions[j].value(i), versions[k].value(i)];
    const terms: Terms = [];
    if (b === null) terms.push([1, name(k, i)]);
    if (a === null) terms.push([-1, name(j, i)]);
    return { terms, constant: (b ?? 0) - (a ?? 0) };
  };
  type Objective = { slot: number; terms: Terms; constant: number; truth: number; late: boolean };
  const objectives: Objective[] = [];
  const slots = versions[0].slots;
  slots.forEach((_, i) => {
    // Events are only ever added: each version holds at least what the one before held.
    for (let k = 1; k < versions.length; k++) {
      const d = difference(k - 1, k, i);
      if (d.terms.length > 0) constraints.push({ terms: d.terms, sense: ">=", rhs: -d.constant });
    }
    versions.forEach((v, k) => {
      const truth = v.slots[i].value;
      // Hidden in this version and every one before: a count nobody was shown, bounded like one.
      if (truth > 0 && versions.slice(0, k + 1).every((w) => w.value(i) === null))
        objectives.push({ slot: i, terms: [[1, name(k, i)]], constant: 0, truth, late: false });
      for (let j = 0; j < k; j++) {
        const d = difference(j, k, i);
        const late = truth - versions[j].slots[i].value;
        if (d.terms.length === 0) {
          if (isSmallCount(d.constant)) exposed.add(i);
        } else if (late > 0) objectives.push({ slot: i, ...d, truth: late, late: true });
      }
    });
  });
  const variables = [...new Set(constraints.flatMap((c) => c.terms.map(([, v]) => v)))];
  const least = new Map(versions.map((v, k) => [`v${k}_`, v.least]));
  const intervals: Interval[] = await boundsOf(
    variables,
    constraints,
    objectives.map((o) => o.terms),
    (v) => least.get(v.slice(0, v.indexOf("_") + 1))!,
  );
  objectives.forEach((o, k) => {
    const interval = { lo: intervals[k].lo + o.constant, hi: intervals[k].hi + o.constant };
    if (o.late ? lateVisitsNarrowed(o.truth, interval) : tooNarrow(o.truth, interval)) exposed.add(o.slot);
  });
  return [...exposed];
}
