"use client";
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { AgencyRow } from "@/lib/data/agencies";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import { formatDay, formatNumber, formatPercent } from "@/lib/format";

const helper = createColumnHelper<DataTableFeatures, AgencyRow>();

/** A share of offices scanning, as a number and a bar (the number says it; the bar shows it at a glance). */
function ProgressCell({ share, locale }: { share: number | null; locale: Locale }) {
  if (share === null) return "–";
  return (
    <span className="flex items-center gap-2 whitespace-nowrap">
      <span className="tabular-nums">{formatPercent(share, locale)}</span>
      <span aria-hidden="true" className="h-2 w-16 overflow-hidden rounded bg-gray-200">
        <span className="block h-full bg-brand-600" style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
    </span>
  );
}

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
    helper.accessor("progress", {
      header: t.progress,
      cell: (info) => <ProgressCell share={info.getValue()} locale={locale} />,
    }),
    helper.accessor("rolloutDeadline", {
      header: t.deadline,
      id: "deadline",
      cell: (info) => (info.getValue() ? formatDay(info.getValue()!, locale) : "–"),
    }),
  ]);
}
