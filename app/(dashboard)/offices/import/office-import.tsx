"use client";
import { CsvImport } from "@/components/forms/csv-import";
import { importOfficesAction, previewOfficeImportAction } from "@/lib/actions/offices";
import type { Locale } from "@/lib/i18n/dictionaries";
import type { DictionarySlice } from "@/lib/i18n/slice";
import { OFFICE_CSV_COLUMNS } from "@/lib/validations/office";

const EXAMPLE = `${OFFICE_CSV_COLUMNS.join(",")}\nDISDUKCAPIL-101,Loket Disdukcapil Mal Bekasi,"Jl. Ahmad Yani No. 1, Bekasi",32.75.01.1001,KTP_EL;ADMINDUK,Senin–Jumat 08.00–15.00,021-8841234\n`;

export function OfficeImport({ t, locale }: { t: DictionarySlice<"officesAdmin">; locale: Locale }) {
  const o = t.officesAdmin;
  return (
    <CsvImport
      locale={locale}
      t={o}
      columns={OFFICE_CSV_COLUMNS}
      example={EXAMPLE}
      previewHeader={[o.code, o.name, o.kelurahan, o.services]}
      check={async (csv) => {
        const result = await previewOfficeImportAction(csv);
        if (!result.ok) return result;
        return {
          ok: true,
          rows: result.data.offices.length,
          errors: result.data.errors,
          preview: result.data.offices.map((x) => [x.code, x.name, x.kelurahanCode, x.services.join(", ")]),
        };
      }}
      save={async (csv) => {
        const result = await importOfficesAction(csv);
        return result.ok ? { ok: true, saved: result.data.created } : result;
      }}
    />
  );
}
