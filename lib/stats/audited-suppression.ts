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
    const next = smallestShown(line.members) ?? (line.total.hidden || line.total.value === 0 ? undefined : line.total);
    if (next) return next;
  }
  // Every line through it is hidden already: widen to the lines of its hidden neighbours.
  const neighbours = own.flatMap((l) => [l.total, ...l.members]).filter((s) => s.hidden && s !== exposed);
  return smallestShown(slotsOf(neighbours.flatMap((n) => ofSlot(lines, n)))) ?? smallestShown(slotsOf(lines));
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
    let added = 0;
    for (const s of exposed) {
      const next = complementFor(lines, s);
      if (next && !next.hidden) {
        next.hidden = true;
        added++;
      }
    }
    if (added === 0) throw new Error("suppression audit: nothing left to hide, yet a count is exposed");
    suppressLines(lines);
  }
}
