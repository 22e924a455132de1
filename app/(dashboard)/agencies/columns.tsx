"use client";
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { AgencyRow } from "@/lib/data/agencies";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import { formatDay, formatNumber } from "@/lib/format";

const helper = createColumnHelper<DataTableFeatures, AgencyRow>();

/** The agencies table's columns, typed from findAgencies' rows; cells only format. */
export function agencyColumns(t: Dictionary["agencies"], locale: Locale) {
  return helper.columns([
    helper.accessor("name", {
      header: t.name,
      cell: (info) => (
        <Link
          href={`/agencies/${encodeURIComponent(info.row.original.code)}`}
          className="font-medium text-brand-700 underline-offset-2 hover:underline"
        >
          {info.getValue()}
        </Link>
      ),
    }),
    helper.accessor("code", {
      header: t.code,
      cell: (info) => <code className="whitespace-nowrap text-xs">{info.getValue()}</code>,
    }),
    helper.accessor("kind", { header: t.kind, cell: (info) => t.kinds[info.getValue()] }),
    helper.accessor("offices", { header: t.offices, cell: (info) => formatNumber(info.getValue(), locale) }),
    helper.accessor("officesLive", {
      header: t.officesLive,
      enableSorting: false,
      cell: (info) => formatNumber(info.getValue(), locale),
    }),
    helper.accessor("rolloutDeadline", {
      header: t.deadline,
      id: "deadline",
      cell: (info) => (info.getValue() ? formatDay(info.getValue()!, locale) : "–"),
    }),
  ]);
}
