import type { ReactNode } from "react";

/** A chart's numbers as a table (collapsed under the chart), for screen readers and checking. */
export function ChartDataTable({
  summary,
  caption,
  headers,
  rows,
  footer,
}: {
  summary: string;
  caption: string;
  headers: string[];
  rows: (string | number)[][];
  footer?: ReactNode;
}) {
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">{summary}</summary>
      <div className="mt-2 max-h-80 overflow-auto rounded-md border border-gray-200">
        <table className="w-full text-left">
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 bg-gray-50">
            <tr>
              {headers.map((h) => (
                <th key={h} scope="col" className="px-3 py-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} className="border-t border-gray-100">
                {row.map((cell, j) => (
                  <td key={j} className="px-3 py-1.5 tabular-nums">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {footer}
    </details>
  );
}
