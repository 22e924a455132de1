"use client";
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { UserRow } from "@/lib/data/users";
import { invitationStatus } from "./invitation-status";
import { formatDateTime } from "@/lib/format";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import type { DictionarySlice } from "@/lib/i18n/slice";
import type { Page, SortState } from "@/lib/validations/list-params";

const helper = createColumnHelper<DataTableFeatures, UserRow>();

function userColumns(t: Pick<Dictionary, "roles" | "table" | "users">, locale: Locale) {
  const u = t.users;
  return helper.columns([
    helper.accessor("name", {
      header: u.name,
      cell: (info) => (
        <Link href={`/admin/users/${info.row.original.id}`} className="font-medium text-brand-700 hover:underline">
          {info.getValue()}
        </Link>
      ),
    }),
    helper.accessor("email", { header: u.email }),
    helper.accessor("role", { header: u.role, cell: (info) => t.roles[info.getValue()] }),
    helper.accessor("agency", { header: u.agency, cell: (info) => info.getValue() ?? "–" }),
    helper.accessor("active", {
      header: u.status,
      enableSorting: false,
      cell: (info) =>
        info.getValue() ? (
          info.row.original.invitation ? (
            <span className="text-amber-800">{invitationStatus(info.row.original.invitation, u, locale)}</span>
          ) : (
            u.active
          )
        ) : (
          <span className="rounded bg-gray-200 px-1.5 py-0.5 text-xs font-medium text-gray-800">{u.inactive}</span>
        ),
    }),
    helper.accessor("lastLoginAt", {
      header: u.lastLogin,
      cell: (info) => {
        const at = info.getValue();
        return at ? formatDateTime(at, locale) : u.never;
      },
    }),
  ]);
}

export function UsersTable({
  page,
  sort,
  q,
  t,
  locale,
}: {
  page: Page<UserRow>;
  sort: SortState;
  q: string;
  t: DictionarySlice<"roles" | "table" | "users">;
  locale: Locale;
}) {
  const columns = useMemo(() => userColumns(t, locale), [t, locale]);
  return (
    <DataTable
      secondaryColumns={["email", "agency", "lastLoginAt"]}
      caption={t.users.title}
      columns={columns}
      page={page}
      sort={sort}
      labels={t.table}
      emptyMessage={t.users.empty}
      search={{ label: t.users.search, placeholder: t.users.search, value: q }}
      getRowId={(row) => row.id}
    />
  );
}
