"use client";
import { CsvImport } from "@/components/forms/csv-import";
import { fill } from "@/lib/i18n/fill";
import { importReportsAction } from "@/lib/actions/reports";
import type { Locale } from "@/lib/i18n/dictionaries";
import type { DictionarySlice } from "@/lib/i18n/slice";
import { REPORT_CSV_REQUIRED } from "@/lib/validations/report";

const COLUMNS = [...REPORT_CSV_REQUIRED, "note"];
const EXAMPLE = `${COLUMNS.join(",")}\nDISDUKCAPIL-001,2022-02-10,120,100,4,14,2,\n`;

export function ReportImport({ t, locale }: { t: DictionarySlice<"officesAdmin">; locale: Locale }) {
  return (
    <CsvImport
      locale={locale}
      t={t.officesAdmin}
      columns={COLUMNS}
      example={EXAMPLE}
      check={async (csv) => {
        const result = await importReportsAction(csv, false);
        return result.ok ? { ok: true, rows: result.data.reports, errors: result.data.errors } : result;
      }}
      save={async (csv) => {
        const result = await importReportsAction(csv, true);
        if (!result.ok) return result;
        return result.data.errors.length
          ? { ok: false, message: fill(t.officesAdmin.csvErrors, { count: result.data.errors.length }, locale) }
          : { ok: true, saved: result.data.reports };
      }}
    />
  );
}
