"use client";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import type { OfficeRow } from "@/lib/data/agencies";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import type { Page, SortState } from "@/lib/validations/list-params";
import { officeColumns } from "./office-columns";

export function OfficesTable({
  page,
  sort,
  q,
  t,
  caption,
}: {
  page: Page<OfficeRow>;
  sort: SortState;
  q: string;
  t: Dictionary;
  caption: string;
}) {
  const columns = useMemo(() => officeColumns(t), [t]);
  return (
    <DataTable
      caption={caption}
      columns={columns}
      page={page}
      sort={sort}
      labels={t.table}
      emptyMessage={t.agencies.officeEmpty}
      search={{ label: t.rolloutPage.searchLabel, placeholder: t.agencies.searchPlaceholder, value: q }}
      getRowId={(row) => row.id}
    />
  );
}
