import { z } from "zod";
import "@/lib/validations/zod-locale";
import { freeText } from "@/lib/validations/text";
import { ROLLOUT_STAGES, SERVICE_CODES } from "@/lib/vocabulary";
import { listParamsSchema } from "./list-params";

export const createOfficeSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{2,39}$/, "Kode kantor: 3–40 huruf besar, angka atau tanda -"),
  name: freeText("Nama kantor", { min: 3, max: 200 }),
  address: freeText("Alamat", { min: 5, max: 300 }),
  kelurahanCode: z
    .string()
    .trim()
    .regex(/^32\.75\.\d{2}\.1\d{3}$/, "Kode kelurahan Kota Bekasi, mis. 32.75.01.1001"),
  services: z.array(z.enum(SERVICE_CODES)).min(1, "Pilih minimal satu layanan"),
  openingHours: freeText("Jam layanan", { max: 200 }).optional(),
  contactPhone: z
    .string()
    .trim()
    .regex(/^(\+62|0)[0-9 -]{6,16}$/, "Nomor telepon kantor, mis. 021-8841234")
    .optional(),
});
export type CreateOfficeInput = z.infer<typeof createOfficeSchema>;

/** Columns of the office CSV import (services separated by ";"). */
export const OFFICE_CSV_COLUMNS = [
  "code",
  "name",
  "address",
  "kelurahan_code",
  "services",
  "opening_hours",
  "contact_phone",
] as const;
export const OFFICE_CSV_REQUIRED = ["code", "name", "address", "kelurahan_code", "services"] as const;

/** The stages an agency admin sets itself; VERIFIED and SUSPENDED come only from inspections. */
export const SELF_SERVICE_STAGES = ["REGISTERED", "STAFF_TRAINED", "SCANNER_READY", "LIVE"] as const;
/** The stage after `stage` in the agency admin's own sequence, or null at its end (or outside it). */
export function nextSelfServiceStage(stage: string): (typeof SELF_SERVICE_STAGES)[number] | null {
  const index = SELF_SERVICE_STAGES.findIndex((s) => s === stage);
  return index >= 0 ? (SELF_SERVICE_STAGES[index + 1] ?? null) : null;
}

export const changeStageSchema = z.object({
  toStage: z.enum(SELF_SERVICE_STAGES, { message: "Tahap ini hanya dapat ditetapkan oleh inspeksi Satgas" }),
  note: freeText("Catatan", { max: 500, multiline: true }).optional(),
});

/** The offices table of an agency page (in the URL). */
export const OFFICE_SORTABLE = ["name", "code", "kelurahan", "stage"] as const;
export const officeListParamsSchema = listParamsSchema({
  sortable: OFFICE_SORTABLE,
  defaultSort: { id: "code", desc: false },
}).extend({
  stage: z.enum(ROLLOUT_STAGES).optional().catch(undefined),
});
export type OfficeListParams = z.infer<typeof officeListParamsSchema>;
