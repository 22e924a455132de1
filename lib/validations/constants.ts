// Constants that client components share with the zod schemas, in a module without zod:
// importing them from a schema module would ship all of zod to the browser.

/** Rows per page a table offers. */
export const PER_PAGE_OPTIONS = [10, 25, 50, 100] as const;

/** The traffic dashboard's time steps. */
export const GRANULARITIES = ["day", "week", "month"] as const;

/** Bytes an office or report CSV import may have (next.config.js lets server actions take 3 MB, with room for the form). */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;
