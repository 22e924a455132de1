"use client";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { AuditRow } from "@/lib/data/audit-log";
import { formatDateTime } from "@/lib/format";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import type { Page, SortState } from "@/lib/validations/list-params";

const helper = createColumnHelper<DataTableFeatures, AuditRow>();

function auditColumns(t: Dictionary["audit"], locale: Locale) {
  return helper.columns([
    helper.accessor("at", { header: t.at, cell: (info) => formatDateTime(info.getValue(), locale) }),
    helper.accessor("actor", { header: t.actor, enableSorting: false }),
    helper.accessor("action", { header: t.action, cell: (info) => <code className="text-xs">{info.getValue()}</code> }),
    helper.accessor("entity", {
      header: t.entity,
      enableSorting: false,
      cell: (info) => `${info.getValue()} ${info.row.original.entityId}`,
    }),
  ]);
}

export function AuditTable({
  page,
  sort,
  q,
  t,
  locale,
}: {
  page: Page<AuditRow>;
  sort: SortState;
  q: string;
  t: Dictionary;
  locale: Locale;
}) {
  const columns = useMemo(() => auditColumns(t.audit, locale), [t, locale]);
  return (
    <DataTable
      caption={t.audit.title}
      columns={columns}
      page={page}
      sort={sort}
      labels={t.table}
      emptyMessage={t.audit.empty}
      search={{ label: t.audit.search, placeholder: "auth.signIn, User…", value: q }}
      getRowId={(row) => row.id}
    />
  );
}
