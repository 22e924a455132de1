"use client";
import { useEffect, useState } from "react";
import { buttonClass } from "@/components/ui/button";

const SEARCH_DELAY_MS = 300;

/** Search box (debounced into the URL) and the CSV export link of what is filtered. */
export function DataTableToolbar({
  search,
  exportHref,
  exportLabel,
  onSearch,
}: {
  search?: { label: string; placeholder: string; value: string };
  exportHref?: string;
  exportLabel: string;
  onSearch: (q: string) => void;
}) {
  const [q, setQ] = useState(search?.value ?? "");
  useEffect(() => {
    if (!search || q === search.value) return;
    const timer = setTimeout(() => onSearch(q), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [q, search, onSearch]);

  return (
    <div className="flex flex-col gap-2 pb-3 sm:flex-row sm:items-end sm:justify-between">
      {search ? (
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
      ) : (
        <span />
      )}
      {exportHref && (
        <a href={exportHref} className={buttonClass("secondary")} download>
          {exportLabel}
        </a>
      )}
    </div>
  );
}
