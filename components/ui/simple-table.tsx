import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export type SimpleRow = { key: string; cells: ReactNode[]; className?: string };

/** A column header; with `href`, a link that sorts the table by it (the order is in the URL). */
export type SimpleHeader =
  string | { label: string; href: string; sorted?: "ascending" | "descending"; sortLabel: string };

/**
 * A small read-only table (no paging: the shared DataTable does that; sorting by links in the
 * headers, the server orders), with a caption for screen readers and, when `rowHeaders`, the
 * first cell of a row as its header.
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
  headers: SimpleHeader[];
  rows: SimpleRow[];
  rowHeaders?: boolean;
  empty?: string;
}) {
  return (
    // min-w-0: as a grid or flex item, the table scrolls inside this box instead of widening the
    // page; relative: text for screen readers only (absolutely placed) stays inside it too.
    <div className="scroll-cue relative min-w-0 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className={showCaption ? "py-1 text-left font-semibold" : "sr-only"}>{caption}</caption>
        <thead className="bg-gray-50">
          <tr>
            {headers.map((h) =>
              typeof h === "string" ? (
                <th key={h} scope="col" className="px-2 py-1">
                  {h}
                </th>
              ) : (
                <th key={h.label} scope="col" className="px-2 py-1" aria-sort={h.sorted}>
                  <Link
                    href={h.href}
                    scroll={false}
                    className="inline-flex min-h-6 items-center gap-1 hover:underline"
                    aria-label={`${h.sortLabel} ${h.label}`}
                  >
                    {h.label}
                    <span aria-hidden="true">
                      {h.sorted === "ascending" ? "▲" : h.sorted === "descending" ? "▼" : "↕"}
                    </span>
                  </Link>
                </th>
              ),
            )}
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
