import { attackIntervals, disclosed, slotsOf, type Interval } from "./audit";
import { smallestShown, suppressLines, type Line, type Slot } from "./suppress-lines";

// Suppression that is checked by the attacker before anything is published: the line rule
// (suppress-lines.ts) first, then the solver (audit.ts); while it can narrow a hidden count to
// fewer than five values, one more number next to it is hidden, and the audit runs again.

/** What the audit found when the hidden numbers were final: kept with the release. */
export type AuditRecord = {
  rounds: number;
  hidden: number;
  addedByAudit: number;
  narrowest: number | null;
  solver: string;
};

const ofSlot = (lines: readonly Line[], s: Slot) => lines.filter((l) => l.total === s || l.members.includes(s));

/** One more slot to hide so that an exposed one gains room: the smallest published number of its tightest line. */
export function complementFor(lines: readonly Line[], exposed: Slot): Slot | undefined {
  const own = ofSlot(lines, exposed).sort(
    (a, b) =>
      [a.total, ...a.members].filter((m) => m.hidden).length - [b.total, ...b.members].filter((m) => m.hidden).length,
  );
  for (const line of own) {
    const next =
      smallestShown(line.members) ??
      (line.total.hidden || line.total.frozen || line.total.value === 0 ? undefined : line.total);
    if (next) return next;
  }
  // Every line through it is hidden already: widen to the lines of its hidden neighbours.
  const neighbours = own.flatMap((l) => [l.total, ...l.members]).filter((s) => s.hidden && s !== exposed);
  return smallestShown(slotsOf(neighbours.flatMap((n) => ofSlot(lines, n)))) ?? smallestShown(slotsOf(lines));
}

/**
 * Hides one complement for each exposed slot, and returns how many it hid. A slot whose line
 * gained a hidden number this round waits for the next audit: two exposed members of one line
 * (3 and 1 of a late row of 12) need one more hidden beside them, not one each.
 */
export function hideComplements(lines: readonly Line[], exposed: readonly Slot[]): number {
  const widened = new Set<Line>();
  let added = 0;
  for (const s of exposed) {
    const own = ofSlot(lines, s);
    if (own.some((l) => widened.has(l))) continue;
    const next = s.hidden ? complementFor(lines, s) : s;
    if (!next || next.hidden) continue;
    next.hidden = true;
    added++;
    for (const l of ofSlot(lines, next)) widened.add(l);
  }
  return added;
}

/** Hides what must be hidden among the lines so that the solver can narrow no hidden count of visits to fewer than five values. */
export async function suppressAudited(lines: readonly Line[]): Promise<AuditRecord> {
  suppressLines(lines);
  const hiddenCount = () => slotsOf(lines).filter((s) => s.hidden).length;
  const initiallyHidden = hiddenCount();
  for (let rounds = 1; ; rounds++) {
    const intervals: Map<Slot, Interval> = await attackIntervals(lines);
    const exposed = disclosed(intervals);
    if (exposed.length === 0) {
      const widths = [...intervals].map(([, { lo, hi }]) => hi - lo + 1);
      const hidden = hiddenCount();
      return {
        rounds,
        hidden,
        addedByAudit: hidden - initiallyHidden,
        narrowest: widths.length ? Math.min(...widths) : null,
        solver: "HiGHS (integer programs, hidden counts whole numbers ≥ 1)",
      };
    }
    const added = hideComplements(lines, exposed);
    if (added === 0) throw new Error("suppression audit: nothing left to hide, yet a count is exposed");
    suppressLines(lines);
  }
}
