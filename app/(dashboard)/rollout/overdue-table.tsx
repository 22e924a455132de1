"use client";
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { OverdueRow } from "@/lib/data/rollout";
import { formatDay, formatNumber } from "@/lib/format";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import type { DictionarySlice } from "@/lib/i18n/slice";
import type { Page, SortState } from "@/lib/validations/list-params";

const helper = createColumnHelper<DataTableFeatures, OverdueRow>();

function overdueColumns(
  t: Pick<Dictionary, "agencies" | "compliancePage" | "rolloutPage" | "stages" | "table">,
  locale: Locale,
) {
  return helper.columns([
    helper.accessor("office", {
      header: t.compliancePage.office,
      cell: (info) => (
        <Link
          href={`/offices/${encodeURIComponent(info.row.original.code)}`}
          className="font-medium text-brand-700 hover:underline"
        >
          {info.getValue()}
        </Link>
      ),
    }),
    helper.accessor("agency", { header: t.compliancePage.agency }),
    helper.accessor("kecamatan", { header: t.compliancePage.kecamatan }),
    helper.accessor("stage", { header: t.agencies.stage, cell: (info) => t.stages[info.getValue()] }),
    helper.accessor("deadline", {
      header: t.agencies.deadline,
      cell: (info) => (info.getValue() ? formatDay(info.getValue()!, locale) : "–"),
    }),
    helper.accessor("daysOverdue", {
      header: t.rolloutPage.daysOverdue,
      cell: (info) => formatNumber(info.getValue(), locale),
    }),
  ]);
}

export function OverdueTable({
  page,
  sort,
  q,
  exportHref,
  t,
  locale,
}: {
  page: Page<OverdueRow>;
  sort: SortState;
  q: string;
  exportHref: string;
  t: DictionarySlice<"agencies" | "compliancePage" | "rolloutPage" | "stages" | "table">;
  locale: Locale;
}) {
  const columns = useMemo(() => overdueColumns(t, locale), [t, locale]);
  return (
    <DataTable
      secondaryColumns={["agency", "kecamatan", "deadline"]}
      caption={t.rolloutPage.overdueList}
      columns={columns}
      page={page}
      sort={sort}
      labels={t.table}
      emptyMessage={t.rolloutPage.overdueEmpty}
      search={{ label: t.rolloutPage.searchLabel, placeholder: t.agencies.searchPlaceholder, value: q }}
      exportHref={exportHref}
      getRowId={(row) => row.code}
    />
  );
}
