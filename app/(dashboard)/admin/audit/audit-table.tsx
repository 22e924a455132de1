"use client";
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { AuditRow } from "@/lib/data/audit-log";
import { formatDateTime } from "@/lib/format";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import type { DictionarySlice } from "@/lib/i18n/slice";
import type { Page, SortState } from "@/lib/validations/list-params";

const helper = createColumnHelper<DataTableFeatures, AuditRow>();

/** What an entry changed, field by field, behind a disclosure (changed fields marked). */
function Changes({ row, t }: { row: AuditRow; t: Dictionary["audit"] }) {
  if (row.changes.length === 0) return <span className="text-xs text-gray-600">{t.noChanges}</span>;
  return (
    <details className="text-xs">
      <summary className="cursor-pointer font-medium text-brand-700">
        {t.changes} ({row.changes.filter((c) => c.changed).length})
      </summary>
      <table className="mt-1 w-full min-w-[20rem] border border-gray-200">
        <caption className="sr-only">{`${t.changes}: ${row.sentence}`}</caption>
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className="px-2 py-1 text-left">
              {t.field}
            </th>
            <th scope="col" className="px-2 py-1 text-left">
              {t.before}
            </th>
            <th scope="col" className="px-2 py-1 text-left">
              {t.after}
            </th>
          </tr>
        </thead>
        <tbody>
          {row.changes.map((c) => (
            <tr key={c.field} className={c.changed ? "bg-amber-50" : undefined}>
              <th scope="row" className="px-2 py-1 text-left font-medium">
                {c.field}
              </th>
              <td className="max-w-[16rem] break-all px-2 py-1">{c.before}</td>
              <td className="max-w-[16rem] break-all px-2 py-1">{c.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function auditColumns(t: Dictionary["audit"], locale: Locale) {
  return helper.columns([
    helper.accessor("at", { header: t.at, cell: (info) => formatDateTime(info.getValue(), locale) }),
    helper.accessor("sentence", {
      header: t.what,
      enableSorting: false,
      cell: (info) => {
        const row = info.row.original;
        return (
          <div className="space-y-1">
            <p>
              {row.href ? (
                <Link href={row.href} className="text-brand-700 hover:underline">
                  {row.sentence}
                </Link>
              ) : (
                row.sentence
              )}
            </p>
            <p className="text-xs text-gray-600" title={row.action}>
              {row.actionName}
            </p>
          </div>
        );
      },
    }),
    helper.accessor("action", {
      header: t.changes,
      cell: (info) => <Changes row={info.row.original} t={t} />,
    }),
  ]);
}

export function AuditTable({
  page,
  sort,
  q,
  exportHref,
  t,
  locale,
}: {
  page: Page<AuditRow>;
  sort: SortState;
  q: string;
  exportHref: string;
  t: DictionarySlice<"audit" | "table">;
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
      search={{ label: t.audit.search, placeholder: "auth.signIn, …", value: q }}
      exportHref={exportHref}
      getRowId={(row) => row.id}
    />
  );
}
