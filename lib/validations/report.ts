import { z } from "zod";
import "@/lib/validations/zod-locale";
import { pastDay } from "@/lib/validations/dates";
import { freeText, officeCodeRef, wholeNumber } from "@/lib/validations/text";

const count = (label: string) => wholeNumber(label, { max: 100_000 });

/** One day's numbers, as the report form posts them (the office is the form's page). */
const reportFields = z.object({
  day: pastDay("Tanggal"),
  checked: count("Diperiksa"),
  servedVaccinated: count("Dilayani (vaksin)"),
  servedExempt: count("Dilayani (pengecualian)"),
  referred: count("Dirujuk"),
  denied: count("Ditolak"),
  note: freeText("Catatan", { max: 500, multiline: true }).optional(),
});

function outcomesWithinChecked(
  r: { checked: number; servedVaccinated: number; servedExempt: number; referred: number; denied: number },
  ctx: z.RefinementCtx,
) {
  const outcomes = r.servedVaccinated + r.servedExempt + r.referred + r.denied;
  if (outcomes > r.checked)
    ctx.addIssue({
      code: "custom",
      path: ["checked"],
      message: `Jumlah hasil (${outcomes}) melebihi jumlah diperiksa (${r.checked})`,
    });
}

export const reportFormSchema = reportFields.superRefine(outcomesWithinChecked);

export const submitReportSchema = reportFields.extend({ officeCode: officeCodeRef }).superRefine(outcomesWithinChecked);
export type SubmitReportInput = z.infer<typeof submitReportSchema>;
/** What forms and CSV rows give (counts still as text). */
export type SubmitReportFormInput = z.input<typeof submitReportSchema>;

export const REPORT_CSV_REQUIRED = [
  "office_code",
  "day",
  "checked",
  "served_vaccinated",
  "served_exempt",
  "referred",
  "denied",
] as const;
