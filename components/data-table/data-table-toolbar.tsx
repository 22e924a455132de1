"use client";
import { useEffect, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect, type Filter } from "@/components/forms/filter-select";
import type { TableLabels } from "./labels";

const SEARCH_DELAY_MS = 300;

/** Search box (debounced into the URL), filters, and the CSV export link of what is filtered. */
export function DataTableToolbar({
  search,
  filters = [],
  exportHref,
  exportLabels,
  onSearch,
  onFilter,
}: {
  search?: { label: string; placeholder: string; value: string };
  filters?: Filter[];
  exportHref?: string;
  exportLabels: Pick<TableLabels, "exportCsv" | "exportCsvTitled" | "csvTitlesIn">;
  onSearch: (q: string) => void;
  onFilter: (name: string, value: string) => void;
}) {
  const [q, setQ] = useState(search?.value ?? "");
  useEffect(() => {
    if (!search || q === search.value) return;
    const timer = setTimeout(() => onSearch(q), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [q, search, onSearch]);

  return (
    <div className="flex flex-col gap-2 pb-3 sm:flex-row sm:items-end sm:justify-between">
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-end">
        {search && (
          <label className="flex flex-col gap-1 text-sm font-medium text-gray-700">
            {search.label}
            <input
              type="search"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              placeholder={search.placeholder}
              className="w-full rounded-md border border-gray-300 px-3 py-2 sm:w-72"
            />
          </label>
        )}
        {filters.map((filter) => (
          <FilterSelect key={filter.name} {...filter} onChange={(value) => onFilter(filter.name, value)} />
        ))}
      </div>
      {exportHref && (
        // Codes for scripts; titles in the page's language for a spreadsheet (lib/csv-download.ts).
        <div className="flex flex-wrap gap-2">
          <a href={exportHref} className={buttonClass("secondary")} download>
            {exportLabels.exportCsv}
          </a>
          <a
            href={`${exportHref}${exportHref.includes("?") ? "&" : "?"}headers=${exportLabels.csvTitlesIn}`}
            className={buttonClass("secondary")}
            download
          >
            {exportLabels.exportCsvTitled}
          </a>
        </div>
      )}
    </div>
  );
}
