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
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="py-1 text-left font-semibold">{caption}</caption>
        <thead className="bg-gray-50">
          <tr>
            {[keyHeader, t.expected, t.received, t.onTime].map((h) => (
              <th key={h} scope="col" className="px-2 py-1">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-gray-100 tabular-nums">
              <th scope="row" className="px-2 py-1 font-normal">
                {r.label}
              </th>
              <td className="px-2 py-1">{formatNumber(r.expected, locale)}</td>
              <td className="px-2 py-1">
                {formatNumber(r.received, locale)} ({share(r.received, r.expected)})
              </td>
              <td className="px-2 py-1">
                {formatNumber(r.onTime, locale)} ({share(r.onTime, r.expected)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
