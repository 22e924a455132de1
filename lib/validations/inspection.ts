import { z } from "zod";
import "@/lib/validations/zod-locale";
import { isoDay, pastDay } from "@/lib/validations/dates";
import { freeText, officeCodeRef, wholeNumber } from "@/lib/validations/text";

export const FINDINGS = [
  "scannerInUse",
  "staffTrained",
  "posterDisplayed",
  "everyVisitorChecked",
  "referralsRecorded",
] as const;
export type Finding = (typeof FINDINGS)[number];
/** A checkbox per finding, unticked when not posted. */
const finding = z.boolean().default(false);

/** An inspection as its form posts it (the office is the form's page). */
const inspectionFields = z.object({
  visitedOn: pastDay("Tanggal inspeksi"),
  findings: z.object({
    scannerInUse: finding,
    staffTrained: finding,
    posterDisplayed: finding,
    everyVisitorChecked: finding,
    referralsRecorded: finding,
  } satisfies Record<Finding, typeof finding>),
  score: wholeNumber("Nilai", { max: 100 }),
  notes: freeText("Catatan", { max: 2000, multiline: true }).optional(),
  verify: z.boolean().default(false),
  sanction: z
    .object({
      kind: z.enum(["VERBAL_WARNING", "WRITTEN_WARNING", "TEMPORARY_CLOSURE"], { message: "Pilih jenis sanksi" }),
      startsOn: isoDay("Tanggal mulai sanksi tidak valid"),
      endsOn: isoDay("Tanggal akhir sanksi tidak valid").optional(),
    })
    .optional(),
});

function consistentOutcome(v: z.output<typeof inspectionFields>, ctx: z.RefinementCtx) {
  if (v.sanction?.endsOn && v.sanction.endsOn < v.sanction.startsOn)
    ctx.addIssue({ code: "custom", path: ["sanction", "endsOn"], message: "Akhir sanksi sebelum mulainya" });
  if (v.verify && v.sanction)
    ctx.addIssue({
      code: "custom",
      path: ["verify"],
      message: "Kantor yang diberi sanksi tidak dapat sekaligus diverifikasi",
    });
}

export const inspectionFormSchema = inspectionFields.superRefine(consistentOutcome);

export const recordInspectionSchema = inspectionFields
  .extend({ officeCode: officeCodeRef })
  .superRefine(consistentOutcome);
export type RecordInspectionFormInput = z.input<typeof recordInspectionSchema>;
