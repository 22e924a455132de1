"use client";
import type { Header, RowData } from "@tanstack/react-table";
import type { DataTableFeatures } from "./features";

/** A header cell that sorts by its column when the column allows it; announces its sort to screen readers. */
export function DataTableColumnHeader<TData extends RowData>({
  header,
  title,
  sortLabel,
}: {
  header: Header<DataTableFeatures, TData, unknown>;
  title: string;
  sortLabel: string;
}) {
  const column = header.column;
  if (!column.getCanSort()) return <span>{title}</span>;
  const sorted = column.getIsSorted();
  const arrow = sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕";
  return (
    <button
      type="button"
      onClick={column.getToggleSortingHandler()}
      className="inline-flex items-center gap-1 rounded font-semibold hover:text-brand-700"
      aria-label={`${sortLabel} ${title}`}
    >
      {title}
      <span aria-hidden="true" className={sorted ? "text-brand-700" : "text-gray-400"}>
        {arrow}
      </span>
    </button>
  );
}
