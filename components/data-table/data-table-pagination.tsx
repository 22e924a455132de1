"use client";
import { buttonClass } from "@/components/ui/button";
import { PER_PAGE_OPTIONS } from "@/lib/validations/constants";
import type { TableLabels } from "./labels";

export function DataTablePagination({
  page,
  perPage,
  total,
  labels,
  onChange,
}: {
  page: number;
  perPage: number;
  total: number;
  labels: TableLabels;
  onChange: (changes: Record<string, number | null>) => void;
}) {
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  return (
    <nav
      aria-label={labels.page}
      className="flex flex-col gap-3 border-t border-gray-200 px-2 pt-3 text-sm sm:flex-row sm:items-center sm:justify-between"
    >
      <p className="text-gray-600" aria-live="polite">
        {labels.page} {Math.min(page, pageCount)} {labels.of} {pageCount} · {total} {labels.rows}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-2 text-gray-600">
          {labels.perPage}
          <select
            className="rounded-md border border-gray-300 px-2 py-1.5"
            value={perPage}
            onChange={(e) => onChange({ perPage: Number(e.target.value), page: null })}
          >
            {PER_PAGE_OPTIONS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className={buttonClass("secondary")}
          disabled={page <= 1}
          onClick={() => onChange({ page: page - 1 })}
        >
          {labels.previous}
        </button>
        <button
          type="button"
          className={buttonClass("secondary")}
          disabled={page >= pageCount}
          onClick={() => onChange({ page: page + 1 })}
        >
          {labels.next}
        </button>
      </div>
    </nav>
  );
}
