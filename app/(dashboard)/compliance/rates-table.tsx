import { SimpleTable, type SimpleHeader } from "@/components/ui/simple-table";
import { rate, rateBand, sortRates, type RateBand, type RateRow, type RateSort } from "@/lib/compliance/reporting";
import { formatNumber, formatPercent } from "@/lib/format";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";

const BAND_CLASS: Record<RateBand, string> = {
  good: "bg-green-100 text-green-900",
  fair: "bg-amber-100 text-amber-900",
  poor: "bg-red-100 text-red-900",
};

/** A share in its DHIS2 colour band, the band also named (for readers who do not see colour). */
function BandedShare({
  part,
  expected,
  t,
  locale,
}: {
  part: number;
  expected: number;
  t: Dictionary["compliancePage"];
  locale: Locale;
}) {
  const share = rate(part, expected);
  const band = rateBand(share);
  return (
    <span className="whitespace-nowrap">
      {formatNumber(part, locale)}{" "}
      {band === null ? (
        "(–)"
      ) : (
        <span
          className={`rounded px-1.5 py-0.5 font-medium ${BAND_CLASS[band]}`}
          data-band={band}
          title={t.bands[band]}
        >
          {formatPercent(share!, locale)}
          <span className="sr-only"> ({t.bands[band]})</span>
        </span>
      )}
    </span>
  );
}

/** The legend of the colour bands, once above the tables. */
export function RateBandLegend({ t }: { t: Dictionary["compliancePage"] }) {
  return (
    <p className="flex flex-wrap gap-2 text-xs text-gray-700" data-testid="rate-bands">
      {(Object.keys(BAND_CLASS) as RateBand[]).map((band) => (
        <span key={band} className={`rounded px-1.5 py-0.5 ${BAND_CLASS[band]}`}>
          {t.bandRanges[band]}
        </span>
      ))}
    </p>
  );
}

/**
 * Reporting rates (DHIS2-style): expected, received, on time, with shares in colour bands;
 * its headers sort it (`?rates=onTime.asc`: the worst on-time rate first).
 */
export function RatesTable({
  rows,
  caption,
  keyHeader,
  sort,
  hrefOf,
  t,
  locale,
  sortLabel,
}: {
  rows: readonly RateRow[];
  caption: string;
  keyHeader: string;
  sort: RateSort;
  /** The address of this page sorted by `value` ("onTime.asc"). */
  hrefOf: (value: string) => string;
  t: Dictionary["compliancePage"];
  locale: Locale;
  sortLabel: string;
}) {
  const header = (id: RateSort["id"], label: string): SimpleHeader => {
    const active = sort.id === id;
    // A rate's first click shows the worst first; a name's, A to Z.
    const next = active ? !sort.desc : id === "expected";
    return {
      label,
      href: hrefOf(`${id}.${next ? "desc" : "asc"}`),
      sorted: active ? (sort.desc ? "descending" : "ascending") : undefined,
      sortLabel,
    };
  };
  return (
    <SimpleTable
      caption={caption}
      showCaption
      rowHeaders
      headers={[
        header("name", keyHeader),
        header("expected", t.expected),
        header("received", t.received),
        header("onTime", t.onTime),
      ]}
      rows={sortRates(rows, sort).map((r) => ({
        key: r.key,
        cells: [
          r.label,
          formatNumber(r.expected, locale),
          <BandedShare key="received" part={r.received} expected={r.expected} t={t} locale={locale} />,
          <BandedShare key="onTime" part={r.onTime} expected={r.expected} t={t} locale={locale} />,
        ],
      }))}
    />
  );
}
