import type { Actor } from "@/lib/auth/permissions";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import type { TrafficFilters } from "@/lib/validations/traffic";

/** What every streamed section of the traffic page is given by the page. */
export type SectionProps = {
  actor: Actor;
  filters: TrafficFilters;
  t: Dictionary;
  locale: Locale;
  csv: (dimension: string) => string;
  /** This page with one more filter set ("kecamatan" → a tile's drill-down), the rest kept. */
  narrowed: (filter: string, value: string) => string;
};
