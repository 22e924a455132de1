import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { ownAgencyId } from "@/lib/auth/scope";
import { columnOfField, readCsvRecords, type CsvRowError } from "@/lib/csv";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  OFFICE_CSV_COLUMNS,
  OFFICE_CSV_REQUIRED,
  createOfficeSchema,
  type CreateOfficeInput,
} from "@/lib/validations/office";
import { insertOffice } from "./offices";

// An agency's offices imported from a CSV file: checked row by row first (the preview the
// page shows), then stored all in one transaction, or none.

export type OfficeImportPreview = { offices: (CreateOfficeInput & { row: number })[]; errors: CsvRowError[] };

/** Checks an office CSV row by row (format, kelurahan, duplicate codes in the file and in SIGAP). */
export async function previewOfficeImport(db: Db, csv: string): Promise<OfficeImportPreview> {
  const { records, errors } = readCsvRecords(csv, { required: OFFICE_CSV_REQUIRED, optional: OFFICE_CSV_COLUMNS });
  const offices: OfficeImportPreview["offices"] = [];
  const kelurahan = new Set((await db.kelurahan.findMany({ select: { code: true } })).map((k) => k.code));
  const seen = new Map<string, number>();
  for (const { row, values } of records) {
    const parsed = createOfficeSchema.safeParse({
      code: values.code,
      name: values.name,
      address: values.address,
      kelurahanCode: values.kelurahan_code,
      services: values.services
        ? values.services
            .split(/[;|]/)
            .map((s) => s.trim().toUpperCase())
            .filter(Boolean)
        : [],
      openingHours: values.opening_hours || undefined,
      contactPhone: values.contact_phone || undefined,
    });
    const issues = parsed.success ? [] : parsed.error.issues;
    for (const issue of issues)
      errors.push({ row, column: columnOfField(String(issue.path[0])), message: issue.message });
    // A well-formed kelurahan code must also exist, whatever else is wrong with the row.
    if (!issues.some((i) => i.path[0] === "kelurahanCode") && !kelurahan.has(values.kelurahan_code)) {
      errors.push({
        row,
        column: "kelurahan_code",
        message: `Kelurahan ${values.kelurahan_code} tidak ada di Kota Bekasi`,
      });
    }
    if (!parsed.success) continue;
    const office = parsed.data;
    if (seen.has(office.code))
      errors.push({
        row,
        column: "code",
        message: `Kode ${office.code} sudah dipakai di baris ${seen.get(office.code)}`,
      });
    seen.set(office.code, row);
    offices.push({ ...office, row });
  }
  const taken = await db.office.findMany({
    where: { code: { in: offices.map((o) => o.code) } },
    select: { code: true },
  });
  for (const { code } of taken)
    errors.push({
      row: offices.find((o) => o.code === code)!.row,
      column: "code",
      message: `Kode ${code} sudah terdaftar di SIGAP`,
    });
  if (records.length === 0 && errors.length === 0)
    errors.push({ row: 2, column: "-", message: "Berkas tidak berisi satu pun kantor" });
  return { offices, errors: errors.sort((a, b) => a.row - b.row) };
}

/** Imports every office of a CSV in one transaction — or none, when any row has an error. */
export async function importOffices(db: Db, actor: Actor, csv: string): Promise<{ created: number }> {
  const agencyId = ownAgencyId(actor);
  const preview = await previewOfficeImport(db, csv);
  if (preview.errors.length > 0)
    throw new AppError("INVALID", `${preview.errors.length} kesalahan di berkas: tidak ada yang disimpan.`);
  await db.$transaction(async (tx) => {
    for (const { row: _row, ...office } of preview.offices) await insertOffice(tx, actor, agencyId, office);
  });
  return { created: preview.offices.length };
}
