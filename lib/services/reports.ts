import "server-only";
import * as clock from "@/lib/clock";
import { writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import { columnOfField, readCsvRecords, type CsvRowError } from "@/lib/csv";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseOrThrow } from "@/lib/validations/parse";
import {
  REPORT_CSV_REQUIRED,
  submitReportSchema,
  type SubmitReportFormInput,
  type SubmitReportInput,
} from "@/lib/validations/report";
import { dateOfDay, wibDay } from "@/lib/day";
import { getScopedOffice } from "@/lib/data/scoped-office";

type Tx = Prisma.TransactionClient;

function parseReport(input: SubmitReportFormInput): SubmitReportInput {
  // The schema refuses days before the circular and days that have not come yet.
  return parseOrThrow(submitReportSchema, input, "Laporan tidak valid.");
}

/**
 * Files an office's counts for a day. A second report for the same day is a correction:
 * a new revision becomes current and the earlier one stays in the history.
 */
async function fileReport(tx: Tx, actor: Actor, data: SubmitReportInput, submittedAt: Date) {
  const office = await getScopedOffice(tx, actor, data.officeCode);
  const day = dateOfDay(data.day);
  const previous = await tx.complianceReport.findFirst({ where: { officeId: office.id, day, isCurrent: true } });
  if (previous) await tx.complianceReport.update({ where: { id: previous.id }, data: { isCurrent: false } });
  const report = await tx.complianceReport.create({
    data: {
      officeId: office.id,
      day,
      revision: (previous?.revision ?? 0) + 1,
      checked: data.checked,
      servedVaccinated: data.servedVaccinated,
      servedExempt: data.servedExempt,
      referred: data.referred,
      denied: data.denied,
      note: data.note,
      submittedAt,
      submittedById: actor.id,
    },
  });
  await writeAudit(tx, actor, {
    action: previous ? "report.correct" : "report.submit",
    entity: "ComplianceReport",
    entityId: report.id,
    before: previous ?? undefined,
    after: report,
  });
  return report;
}

/** Files (or corrects) one daily report through the form. */
export async function submitReport(db: Db, actor: Actor, input: SubmitReportFormInput, now = clock.now()) {
  const data = parseReport(input);
  return db.$transaction((tx) => fileReport(tx, actor, data, now));
}

/** Checks a report CSV row by row; files every report in one transaction only when all rows are valid. */
export async function importReports(
  db: Db,
  actor: Actor,
  csv: string,
  options: { commit: boolean },
  now = clock.now(),
): Promise<{ reports: number; errors: CsvRowError[] }> {
  const { records, errors } = readCsvRecords(csv, { required: REPORT_CSV_REQUIRED, optional: ["note"] });
  const valid: SubmitReportInput[] = [];
  for (const { row, values } of records) {
    const input = {
      officeCode: values.office_code,
      day: values.day,
      checked: values.checked,
      servedVaccinated: values.served_vaccinated,
      servedExempt: values.served_exempt,
      referred: values.referred,
      denied: values.denied,
      note: values.note || undefined,
    };
    const parsed = submitReportSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({
          row,
          column: issue.path[0] === undefined ? "-" : columnOfField(String(issue.path[0])),
          message: issue.message,
        });
      continue;
    }
    try {
      await getScopedOffice(db, actor, parsed.data.officeCode);
      if (parsed.data.day > wibDay(now)) throw new AppError("INVALID", "Tanggal di masa depan");
      valid.push(parsed.data);
    } catch (error) {
      errors.push({
        row,
        column: error instanceof AppError && error.code === "NOT_FOUND" ? "office_code" : "day",
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  if (records.length === 0 && errors.length === 0)
    errors.push({ row: 2, column: "-", message: "Berkas tidak berisi satu pun laporan" });
  if (errors.length > 0 || !options.commit) return { reports: valid.length, errors };
  await db.$transaction(async (tx) => {
    for (const report of valid) await fileReport(tx, actor, report, now);
  });
  return { reports: valid.length, errors };
}
