import type { Dictionary } from "@/lib/i18n/dictionaries";

/** The table's own words, passed from the server in the visitor's language. */
export type TableLabels = Dictionary["table"];
