"use client";
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { OfficeCompliance } from "@/lib/data/compliance";
import { formatPercent } from "@/lib/format";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import type { DictionarySlice } from "@/lib/i18n/slice";
import type { Page, SortState } from "@/lib/validations/list-params";

const helper = createColumnHelper<DataTableFeatures, OfficeCompliance>();

function scoreColumns(t: Pick<Dictionary, "agencies" | "compliancePage" | "table">, locale: Locale) {
  const c = t.compliancePage;
  return helper.columns([
    helper.accessor("office", {
      header: c.office,
      cell: (info) => (
        <Link
          href={`/offices/${encodeURIComponent(info.row.original.code)}`}
          className="font-medium text-brand-700 hover:underline"
        >
          {info.getValue()}
        </Link>
      ),
    }),
    helper.accessor("agency", { header: c.agency }),
    helper.accessor("score", {
      header: c.score,
      cell: (info) =>
        info.getValue() === null ? "–" : `${info.getValue()}${info.row.original.provisional ? "*" : ""}`,
    }),
    helper.accessor("onTime", {
      header: c.onTime,
      cell: (info) => (info.getValue() === null ? "–" : formatPercent(info.getValue()!, locale)),
    }),
    helper.accessor("flags", {
      header: c.flagCount,
      cell: (info) =>
        info
          .getValue()
          .map((f) => f.reason[locale])
          .join(" ") || "–",
    }),
  ]);
}

export function ScoresTable({
  page,
  sort,
  q,
  exportHref,
  t,
  locale,
}: {
  page: Page<OfficeCompliance>;
  sort: SortState;
  q: string;
  exportHref: string;
  t: DictionarySlice<"agencies" | "compliancePage" | "table">;
  locale: Locale;
}) {
  const columns = useMemo(() => scoreColumns(t, locale), [t, locale]);
  return (
    <DataTable
      secondaryColumns={["agency", "flags"]}
      caption={t.compliancePage.scores}
      columns={columns}
      page={page}
      sort={sort}
      labels={t.table}
      emptyMessage={t.compliancePage.noFlags}
      search={{ label: t.compliancePage.searchLabel, placeholder: t.agencies.searchPlaceholder, value: q }}
      exportHref={exportHref}
      getRowId={(row) => row.code}
    />
  );
}
