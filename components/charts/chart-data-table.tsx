import type { ReactNode } from "react";
import { SimpleTable } from "@/components/ui/simple-table";

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
        <SimpleTable caption={caption} headers={headers} rows={rows.map((cells, i) => ({ key: String(i), cells }))} />
      </div>
      {footer}
    </details>
  );
}
