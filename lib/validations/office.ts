import { z } from "zod";
import "@/lib/validations/zod-locale";
import { isoDay } from "@/lib/validations/dates";
import { freeText, plainText, wholeNumber } from "@/lib/validations/text";
import { CIRCULAR_SIGNED_ON, SERVICE_CODES } from "@/lib/vocabulary";
import { wibDay } from "@/lib/day";

export const officeSchema = z.object({
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
export type OfficeInput = z.infer<typeof officeSchema>;

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
export const stageChangeSchema = z.object({
  toStage: z.enum(SELF_SERVICE_STAGES, { message: "Tahap ini hanya dapat ditetapkan oleh inspeksi Satgas" }),
  note: freeText("Catatan", { max: 500, multiline: true }).optional(),
});

const count = (label: string) => wholeNumber(label, { max: 100_000 });

/** A day SIGAP can hold numbers for: from the circular's signing to today (WIB). */
const pastDay = (label: string) =>
  isoDay(`${label} tidak valid (YYYY-MM-DD)`)
    .refine((day) => day >= CIRCULAR_SIGNED_ON, `${label} sebelum SE 440/1395 (${CIRCULAR_SIGNED_ON})`)
    .refine((day) => day <= wibDay(new Date()), `${label} di masa depan`);

export const reportSchema = z
  .object({
    officeCode: plainText("Kode kantor", { min: 1, max: 40 }),
    day: pastDay("Tanggal"),
    checked: count("Diperiksa"),
    servedVaccinated: count("Dilayani (vaksin)"),
    servedExempt: count("Dilayani (pengecualian)"),
    referred: count("Dirujuk"),
    denied: count("Ditolak"),
    note: freeText("Catatan", { max: 500, multiline: true }).optional(),
  })
  .superRefine((r, ctx) => {
    const outcomes = r.servedVaccinated + r.servedExempt + r.referred + r.denied;
    if (outcomes > r.checked)
      ctx.addIssue({
        code: "custom",
        path: ["checked"],
        message: `Jumlah hasil (${outcomes}) melebihi jumlah diperiksa (${r.checked})`,
      });
  });
export type ReportInput = z.infer<typeof reportSchema>;
/** What forms and CSV rows give (counts still as text). */
export type ReportFormInput = z.input<typeof reportSchema>;

export const REPORT_CSV_REQUIRED = [
  "office_code",
  "day",
  "checked",
  "served_vaccinated",
  "served_exempt",
  "referred",
  "denied",
] as const;

export const FINDINGS = [
  "scannerInUse",
  "staffTrained",
  "posterDisplayed",
  "everyVisitorChecked",
  "referralsRecorded",
] as const;
export type Finding = (typeof FINDINGS)[number];

export const inspectionSchema = z
  .object({
    officeCode: plainText("Kode kantor", { min: 1, max: 40 }),
    visitedOn: pastDay("Tanggal inspeksi"),
    findings: z.partialRecord(z.enum(FINDINGS), z.boolean()),
    score: wholeNumber("Nilai", { max: 100 }),
    notes: freeText("Catatan", { max: 2000, multiline: true }).optional(),
    verify: z.boolean(),
    sanction: z
      .object({
        kind: z.enum(["VERBAL_WARNING", "WRITTEN_WARNING", "TEMPORARY_CLOSURE"]),
        startsOn: isoDay("Tanggal mulai sanksi tidak valid"),
        endsOn: isoDay("Tanggal akhir sanksi tidak valid").optional(),
      })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.sanction?.endsOn && v.sanction.endsOn < v.sanction.startsOn)
      ctx.addIssue({ code: "custom", path: ["sanction", "endsOn"], message: "Akhir sanksi sebelum mulainya" });
    if (v.verify && v.sanction)
      ctx.addIssue({
        code: "custom",
        path: ["verify"],
        message: "Kantor yang diberi sanksi tidak dapat sekaligus diverifikasi",
      });
  });
export type InspectionInput = z.infer<typeof inspectionSchema>;
export type InspectionFormInput = z.input<typeof inspectionSchema>;
