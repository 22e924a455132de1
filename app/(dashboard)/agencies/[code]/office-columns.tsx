"use client";
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { OfficeRow } from "@/lib/data/agencies";
import type { Dictionary } from "@/lib/i18n/dictionaries";

const helper = createColumnHelper<DataTableFeatures, OfficeRow>();

/** The office table's columns, typed from findAgencyOffices' rows. */
export function officeColumns(t: Pick<Dictionary, "agencies" | "stages">) {
  return helper.columns([
    helper.accessor("code", {
      header: t.agencies.code,
      cell: (info) => <code className="whitespace-nowrap text-xs">{info.getValue()}</code>,
    }),
    helper.accessor("name", {
      header: t.agencies.name,
      cell: (info) => (
        <Link
          href={`/offices/${encodeURIComponent(info.row.original.code)}`}
          className="font-medium text-brand-700 underline-offset-2 hover:underline"
        >
          {info.getValue()}
        </Link>
      ),
    }),
    helper.accessor("kelurahan", {
      header: t.agencies.kelurahan,
      cell: (info) => `${info.getValue()}, ${info.row.original.kecamatan}`,
    }),
    helper.accessor("stage", { header: t.agencies.stage, cell: (info) => t.stages[info.getValue()] }),
  ]);
}
