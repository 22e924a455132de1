/** Counts under this are never published (PRODUCT.md: small numbers are suppressed). */
export const SUPPRESSION_THRESHOLD = 5;

/**
 * The one mark of a hidden count on pages and in CSV (null in JSON). It claims nothing about
 * the size: a count under 5 and a larger one hidden to protect it look the same.
 */
export const SUPPRESSED_MARK = "x";

export type PublishedCount = { value: number; suppressed: false } | { value: null; suppressed: true };

/** A count as it may leave the server for the public: its value, or only the fact it is small. */
export function publishCount(count: number): PublishedCount {
  return count < SUPPRESSION_THRESHOLD ? { value: null, suppressed: true } : { value: count, suppressed: false };
}
