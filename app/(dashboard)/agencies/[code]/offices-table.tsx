"use client";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import type { OfficeRow } from "@/lib/data/agencies";

import type { DictionarySlice } from "@/lib/i18n/slice";
import type { Page, SortState } from "@/lib/validations/list-params";
import { ROLLOUT_STAGES } from "@/lib/vocabulary";
import { officeColumns } from "./office-columns";

export function OfficesTable({
  page,
  sort,
  q,
  stage,
  t,
  caption,
}: {
  page: Page<OfficeRow>;
  sort: SortState;
  q: string;
  stage?: string;
  t: DictionarySlice<"agencies" | "rolloutPage" | "stages" | "table">;
  caption: string;
}) {
  const columns = useMemo(() => officeColumns(t), [t]);
  return (
    <DataTable
      secondaryColumns={["code", "kelurahan"]}
      caption={caption}
      columns={columns}
      page={page}
      sort={sort}
      labels={t.table}
      emptyMessage={t.agencies.officeEmpty}
      search={{ label: t.rolloutPage.searchLabel, placeholder: t.agencies.searchPlaceholder, value: q }}
      filters={[
        {
          name: "stage",
          label: t.agencies.stage,
          allLabel: t.agencies.allStages,
          value: stage,
          options: ROLLOUT_STAGES.map((s) => ({ value: s, label: t.stages[s] })),
        },
      ]}
      getRowId={(row) => row.id}
    />
  );
}
