import { isSmallCount } from "./suppress";

// The one suppression algorithm behind every public table. Numbers are slots; a line is a
// published total and the members that add up to it (a table's row, a column, the column
// totals adding up to the grand total, the days of a week adding up to the week…). A count
// of 1 to 4 is hidden (primary suppression; a zero is shown, suppress.ts). Then, so that no hidden number can
// be worked out from a line (a hidden member as the total less the other members, a hidden
// total as the sum of its members), every line with exactly one hidden number among its
// total and members hides one more — its smallest published member that is not zero, or, when there is
// none, the total itself (complementary suppression) — until no line has exactly one.

/** A number to publish; `frozen`: already published as it is (a coarsened revision's base), never a complement. */
export type Slot = { value: number; hidden: boolean; frozen?: boolean };
export type Line = { total: Slot; members: Slot[] };
export type Cell = number | null; // null = hidden (SUPPRESSED_MARK on pages and in CSV)

export const slot = (value: number): Slot => ({ value, hidden: isSmallCount(value) });

/** Marks slots hidden until no line has exactly one hidden number among its total and members. */
export function suppressLines(lines: readonly Line[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if ([line.total, ...line.members].filter((m) => m.hidden).length !== 1) continue;
      const next = smallestShown(line.members) ?? line.total;
      next.hidden = true;
      changed = true;
    }
  }
}

/**
 * The smallest shown number among `slots` that holds visits: the cheapest complement. Never a
 * zero: hiding a zero protects nothing from an attacker who knows hidden counts are ≥ 1; never
 * a frozen number: it is published already, as it is.
 */
export const smallestShown = (slots: readonly Slot[]): Slot | undefined =>
  slots.filter((s) => !s.hidden && !s.frozen && s.value > 0).sort((a, b) => a.value - b.value)[0];

/** A slot as it may leave the server: its value, or null when hidden. */
export const show = (s: Slot): Cell => (s.hidden ? null : s.value);

export const sumOf = (slots: readonly Slot[]) => slots.reduce((sum, s) => sum + s.value, 0);
