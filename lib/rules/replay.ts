import { evaluate } from "./engine";
import type { EngineRule, Visit } from "./types";
import type { OutcomeCode } from "@/lib/vocabulary";

// What-if replay: recorded visits judged again with a draft version in place of its
// rule's current one, counting per kecamatan and per service how outcomes would change.

/**
 * A recorded visit, or `count` visits alike in everything the engine reads (service, agency
 * kind, visitor, and the rule versions in force at their time): judged once, counted `count` times.
 */
export type ReplayEvent = Visit & { kecamatan: string; count?: number };

/**
 * Counts of one group of visits. Every changed outcome is one of: stricter (the visitor fares
 * worse: served → referred → denied), looser (better), or same access (still served, on
 * other grounds: as exempt instead of as vaccinated, say).
 */
export type ReplayBucket = {
  key: string;
  events: number;
  changed: number;
  stricter: number;
  looser: number;
  sameAccess: number;
};
export type ReplaySummary = {
  events: number;
  changed: number;
  stricter: number;
  looser: number;
  sameAccess: number;
  transitions: { from: OutcomeCode; to: OutcomeCode; count: number }[];
  byKecamatan: ReplayBucket[];
  byService: ReplayBucket[];
};

// Served in any way > referred > denied: "stricter" means a visitor would fare worse.
const RANK: Record<OutcomeCode, number> = {
  DENIED: 0,
  REFERRED: 1,
  SERVED_NO_REQUIREMENT: 2,
  SERVED_EXEMPT: 2,
  SERVED_VACCINATED: 2,
};

/**
 * The rule set with `draft` replacing every version of its rule, in force over the whole
 * replay (a draft usually starts in the future; the replay asks what it would have done).
 */
export function withDraft(current: readonly EngineRule[], draft: EngineRule): EngineRule[] {
  return [...current.filter((r) => r.code !== draft.code), { ...draft, validFrom: new Date(0), validTo: null }];
}

function bucket(map: Map<string, ReplayBucket>, key: string): ReplayBucket {
  let b = map.get(key);
  if (!b) map.set(key, (b = { key, events: 0, changed: 0, stricter: 0, looser: 0, sameAccess: 0 }));
  return b;
}

/** Judges each event under `current` and under `candidate` and counts the differences. */
export function replay(
  events: readonly ReplayEvent[],
  current: readonly EngineRule[],
  candidate: readonly EngineRule[],
): ReplaySummary {
  const byKecamatan = new Map<string, ReplayBucket>();
  const byService = new Map<string, ReplayBucket>();
  const transitions = new Map<string, { from: OutcomeCode; to: OutcomeCode; count: number }>();
  const total = { events: 0, changed: 0, stricter: 0, looser: 0, sameAccess: 0 };
  for (const event of events) {
    const before = evaluate(current, event).outcome;
    const after = evaluate(candidate, event).outcome;
    const visits = event.count ?? 1;
    const buckets = [bucket(byKecamatan, event.kecamatan), bucket(byService, event.service), total];
    for (const b of buckets) b.events += visits;
    if (before === after) continue;
    const direction = RANK[after] < RANK[before] ? "stricter" : RANK[after] > RANK[before] ? "looser" : "sameAccess";
    for (const b of buckets) {
      b.changed += visits;
      b[direction] += visits;
    }
    const key = `${before}>${after}`;
    const t = transitions.get(key) ?? { from: before, to: after, count: 0 };
    t.count += visits;
    transitions.set(key, t);
  }
  const sorted = (m: Map<string, ReplayBucket>) =>
    [...m.values()].sort((a, b) => b.changed - a.changed || a.key.localeCompare(b.key));
  return {
    ...total,
    transitions: [...transitions.values()].sort((a, b) => b.count - a.count),
    byKecamatan: sorted(byKecamatan),
    byService: sorted(byService),
  };
}
