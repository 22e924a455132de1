import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export type SimpleRow = { key: string; cells: ReactNode[]; className?: string };

/**
 * A small read-only table (no paging or sorting: the shared DataTable does those), with
 * a caption for screen readers and, when `rowHeaders`, the first cell of a row as its header.
 */
export function SimpleTable({
  caption,
  showCaption = false,
  headers,
  rows,
  rowHeaders = false,
  empty,
}: {
  caption: string;
  showCaption?: boolean;
  headers: string[];
  rows: SimpleRow[];
  rowHeaders?: boolean;
  empty?: string;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className={showCaption ? "py-1 text-left font-semibold" : "sr-only"}>{caption}</caption>
        <thead className="bg-gray-50">
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col" className="px-2 py-1">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty && (
            <tr>
              <td colSpan={headers.length} className="px-2 py-6 text-center text-gray-600">
                {empty}
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={row.key} className={cn("border-t border-gray-100 tabular-nums", row.className)}>
              {row.cells.map((cell, i) =>
                rowHeaders && i === 0 ? (
                  <th key={i} scope="row" className="px-2 py-1 font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className="px-2 py-1">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
