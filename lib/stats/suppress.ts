/** Counts under this are never published (PRODUCT.md: small numbers are suppressed). */
export const SUPPRESSION_THRESHOLD = 5;

/**
 * A count of visits that could single a visitor out: 1 to 4. A zero singles out nobody (no
 * visitor is in it) and is shown, as most statistics offices do: hiding the zeros of a
 * service no rule gates hid half the service table behind complements. So an attacker knows
 * that every hidden count holds at least one visit, and the audits assume it (HIDDEN_COUNT_MIN).
 */
export const isSmallCount = (count: number) => count > 0 && count < SUPPRESSION_THRESHOLD;

/** The least a hidden count can be, as the attacker knows it: zeros are never hidden. */
export const HIDDEN_COUNT_MIN = 1;

/**
 * The one mark of a hidden count on pages and in CSV (null in JSON). It claims nothing about
 * the size: a count of 1 to 4 and a larger one hidden to protect it look the same.
 */
export const SUPPRESSED_MARK = "x";

export type PublishedCount = { value: number; suppressed: false } | { value: null; suppressed: true };

/** A count as it may leave the server for the public: its value, or only the fact it is small. */
export function publishCount(count: number): PublishedCount {
  return count < SUPPRESSION_THRESHOLD ? { value: null, suppressed: true } : { value: count, suppressed: false };
}
