import type { OutcomeCode } from "@/lib/vocabulary";

// The shift's tally on the device: what staff see at the end of a shift.

export type TallyKind = "served" | "exempt" | "referred" | "denied";
export type Tally = Record<TallyKind, number> & { since: string };

const KIND: Record<OutcomeCode, TallyKind> = {
  SERVED_VACCINATED: "served",
  SERVED_NO_REQUIREMENT: "served",
  SERVED_EXEMPT: "exempt",
  REFERRED: "referred",
  DENIED: "denied",
};

export const emptyTally = (since: Date): Tally => ({
  served: 0,
  exempt: 0,
  referred: 0,
  denied: 0,
  since: since.toISOString(),
});

/** The tally with one check added (+1) or undone (-1). */
export function countCheck(tally: Tally, outcome: OutcomeCode, delta: 1 | -1): Tally {
  const kind = KIND[outcome];
  return { ...tally, [kind]: Math.max(0, tally[kind] + delta) };
}
