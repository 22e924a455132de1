import { SimpleTable } from "@/components/ui/simple-table";
import type { RateRow } from "@/lib/compliance/reporting";
import { rate } from "@/lib/compliance/reporting";
import { formatNumber, formatPercent } from "@/lib/format";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";

/** Reporting rates (DHIS2-style): expected, received, on time, with shares. */
export function RatesTable({
  rows,
  caption,
  keyHeader,
  t,
  locale,
}: {
  rows: RateRow[];
  caption: string;
  keyHeader: string;
  t: Dictionary["compliancePage"];
  locale: Locale;
}) {
  const share = (part: number, expected: number) => {
    const value = rate(part, expected);
    return value === null ? "–" : formatPercent(value, locale);
  };
  return (
    <SimpleTable
      caption={caption}
      showCaption
      rowHeaders
      headers={[keyHeader, t.expected, t.received, t.onTime]}
      rows={rows.map((r) => ({
        key: r.key,
        cells: [
          r.label,
          formatNumber(r.expected, locale),
          `${formatNumber(r.received, locale)} (${share(r.received, r.expected)})`,
          `${formatNumber(r.onTime, locale)} (${share(r.onTime, r.expected)})`,
        ],
      }))}
    />
  );
}
