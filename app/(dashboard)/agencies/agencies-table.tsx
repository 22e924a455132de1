"use client";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import type { AgencyRow } from "@/lib/data/agencies";
import type { Locale } from "@/lib/i18n/dictionaries";
import type { DictionarySlice } from "@/lib/i18n/slice";
import type { Page, SortState } from "@/lib/validations/list-params";
import { agencyColumns } from "./columns";

export function AgenciesTable({
  page,
  sort,
  q,
  kind,
  exportHref,
  t,
  locale,
}: {
  page: Page<AgencyRow>;
  sort: SortState;
  q: string;
  kind?: string;
  exportHref: string;
  t: DictionarySlice<"agencies" | "table">;
  locale: Locale;
}) {
  const columns = useMemo(() => agencyColumns(t.agencies, locale), [t, locale]);
  return (
    <DataTable
      secondaryColumns={["code", "kind", "offices", "deadline"]}
      caption={t.agencies.title}
      columns={columns}
      page={page}
      sort={sort}
      labels={t.table}
      emptyMessage={t.agencies.empty}
      search={{ label: t.agencies.searchLabel, placeholder: t.agencies.searchPlaceholder, value: q }}
      filters={[
        {
          name: "kind",
          label: t.agencies.kind,
          allLabel: t.agencies.allKinds,
          value: kind,
          options: (["GOVERNMENT", "PRIVATE"] as const).map((k) => ({ value: k, label: t.agencies.kinds[k] })),
        },
      ]}
      exportHref={exportHref}
      getRowId={(row) => row.id}
    />
  );
}
