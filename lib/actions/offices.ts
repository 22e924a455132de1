"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guard";
import { agencyScope } from "@/lib/auth/permissions";
import type { CsvRowError } from "@/lib/csv";
import { prisma } from "@/lib/db";
import { AppError, type ActionResult } from "@/lib/errors";
import { createApiKey, revokeApiKey } from "@/lib/services/api-keys";
import { recordInspection } from "@/lib/services/inspections";
import {
  archiveOffice,
  changeStage,
  createOffice,
  importOffices,
  previewOfficeImport,
  updateOffice,
  type OfficeImportPreview,
} from "@/lib/services/offices";
import { importEventsCsv } from "@/lib/services/ingest-csv";
import { importReports, submitReport } from "@/lib/services/reports";
import { MAX_CSV_BYTES } from "@/lib/validations/constants";
import { FINDINGS, type OfficeInput } from "@/lib/validations/office";
import { ARG, checkedArguments } from "./arguments";
import { runAction } from "./run-action";

// Agency admins' and the task force's writes on offices. Each action checks its permission;
// the services scope every office to the actor's agency.

type Form = ActionResult<unknown> | null;

function officeFromForm(form: FormData): OfficeInput {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  return {
    code: text("code"),
    name: text("name"),
    address: text("address"),
    kelurahanCode: text("kelurahanCode"),
    services: form.getAll("services").map(String) as OfficeInput["services"],
    openingHours: text("openingHours") || undefined,
    contactPhone: text("contactPhone") || undefined,
  };
}

function boundedCsv(csv: string): string {
  if (Buffer.byteLength(csv) > MAX_CSV_BYTES)
    throw new AppError(
      "TOO_LARGE",
      `Berkas lebih dari ${MAX_CSV_BYTES / 1024 / 1024} MB: bagi menjadi beberapa berkas.`,
    );
  return csv;
}

/** Registers one office of the admin's agency. */
export async function createOfficeAction(_state: Form, form: FormData): Promise<ActionResult<{ code: string }>> {
  return runAction(async () => {
    const actor = await requirePermission("offices.write");
    const [checkedForm] = checkedArguments([ARG.form], [form]);
    const office = await createOffice(prisma, actor, officeFromForm(checkedForm));
    revalidatePath("/agencies", "layout");
    return { code: office.code };
  });
}

/** Saves an office's profile. */
export async function updateOfficeAction(
  code: string,
  _state: Form,
  form: FormData,
): Promise<ActionResult<{ code: string }>> {
  return runAction(async () => {
    const actor = await requirePermission("offices.write");
    const [checkedCode, checkedForm] = checkedArguments([ARG.code, ARG.form], [code, form]);
    await updateOffice(prisma, actor, checkedCode, officeFromForm(checkedForm));
    revalidatePath(`/offices/${code}`);
    return { code };
  });
}

/** Archives an office. */
export async function archiveOfficeAction(code: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requirePermission("offices.write");
    await archiveOffice(prisma, actor, checkedArguments([ARG.code], [code])[0]);
    revalidatePath("/agencies", "layout");
    return null;
  });
}

/** Moves an office to an onboarding stage. */
export async function changeStageAction(code: string, toStage: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requirePermission("offices.write");
    const [checkedCode, checkedStage] = checkedArguments([ARG.code, ARG.code], [code, toStage]);
    await changeStage(prisma, actor, checkedCode, { toStage: checkedStage });
    revalidatePath(`/offices/${code}`);
    return null;
  });
}

/** Checks an office CSV and lists its rows and errors; saves nothing. */
export async function previewOfficeImportAction(csv: string): Promise<ActionResult<OfficeImportPreview>> {
  return runAction(async () => {
    await requirePermission("offices.write");
    return previewOfficeImport(prisma, boundedCsv(checkedArguments([ARG.csv], [csv])[0]));
  });
}

/** Imports every office of a valid CSV, or none. */
export async function importOfficesAction(csv: string): Promise<ActionResult<{ created: number }>> {
  return runAction(async () => {
    const actor = await requirePermission("offices.write");
    const result = await importOffices(prisma, actor, boundedCsv(checkedArguments([ARG.csv], [csv])[0]));
    revalidatePath("/agencies", "layout");
    return result;
  });
}

/** Creates an office's scanner API key or checkpoint link token; the key is in the result once and never again. */
export async function createApiKeyAction(
  officeCode: string,
  kind: "SCANNER" | "CHECKPOINT",
  _state: Form,
  form: FormData,
): Promise<ActionResult<{ key: string; prefix: string }>> {
  return runAction(async () => {
    const actor = await requirePermission("apikeys.manage");
    const [code, checkedKind, checkedForm] = checkedArguments(
      [ARG.code, ARG.keyKind, ARG.form],
      [officeCode, kind, form],
    );
    const label =
      String(checkedForm.get("label") ?? "").trim() || (checkedKind === "CHECKPOINT" ? "Tablet" : "Pemindai");
    const created = await createApiKey(
      prisma,
      actor,
      { officeCode: code, kind: checkedKind, label },
      { agencyId: agencyScope(actor) },
    );
    revalidatePath(`/offices/${code}`);
    return { key: created.key, prefix: created.prefix };
  });
}

/** Revokes an API key at once. */
export async function revokeApiKeyAction(officeCode: string, keyId: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requirePermission("apikeys.manage");
    const [code, id] = checkedArguments([ARG.code, ARG.id], [officeCode, keyId]);
    await revokeApiKey(prisma, actor, id, { agencyId: agencyScope(actor) });
    revalidatePath(`/offices/${code}`);
    return null;
  });
}

/** Files or corrects an office's daily report. */
export async function submitReportAction(
  officeCode: string,
  _state: Form,
  form: FormData,
): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requirePermission("reports.write");
    const [code, checkedForm] = checkedArguments([ARG.code, ARG.form], [officeCode, form]);
    const value = (name: string) => String(checkedForm.get(name) ?? "").trim();
    await submitReport(prisma, actor, {
      officeCode: code,
      day: value("day"),
      checked: value("checked"),
      servedVaccinated: value("servedVaccinated"),
      servedExempt: value("servedExempt"),
      referred: value("referred"),
      denied: value("denied"),
      note: value("note") || undefined,
    });
    revalidatePath(`/offices/${code}`);
    return null;
  });
}

/** Checks (commit false) or files (commit true) a CSV of daily reports. */
export async function importReportsAction(
  csv: string,
  commit: boolean,
): Promise<ActionResult<{ reports: number; errors: CsvRowError[] }>> {
  return runAction(async () => {
    const actor = await requirePermission("reports.write");
    const [checkedCsv, checkedCommit] = checkedArguments([ARG.csv, ARG.flag], [csv, commit]);
    const result = await importReports(prisma, actor, boundedCsv(checkedCsv), { commit: checkedCommit });
    if (checkedCommit && result.errors.length === 0) revalidatePath("/offices", "layout");
    return result;
  });
}

/** Records a task-force inspection of an office. */
export async function recordInspectionAction(
  officeCode: string,
  _state: Form,
  form: FormData,
): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requirePermission("inspections.write");
    const [code, checkedForm] = checkedArguments([ARG.code, ARG.form], [officeCode, form]);
    const value = (name: string) => String(checkedForm.get(name) ?? "").trim();
    const sanctionKind = value("sanctionKind");
    await recordInspection(prisma, actor, {
      officeCode: code,
      visitedOn: value("visitedOn"),
      findings: Object.fromEntries(FINDINGS.map((f) => [f, checkedForm.get(f) === "on"])) as Record<
        (typeof FINDINGS)[number],
        boolean
      >,
      score: value("score"),
      notes: value("notes") || undefined,
      verify: checkedForm.get("verify") === "on",
      sanction: sanctionKind
        ? {
            kind: sanctionKind as "VERBAL_WARNING",
            startsOn: value("sanctionStartsOn"),
            endsOn: value("sanctionEndsOn") || undefined,
          }
        : undefined,
    });
    revalidatePath(`/offices/${code}`);
    return null;
  });
}

/** Stores one chunk of an uploaded visit-event CSV (the page sends a large file in chunks, with progress). */
export async function importEventsChunkAction(
  csv: string,
  firstRow: number,
): Promise<ActionResult<{ accepted: number; duplicates: number; errors: CsvRowError[] }>> {
  return runAction(async () => {
    const actor = await requirePermission("events.upload");
    const [checkedCsv, row] = checkedArguments([ARG.csv, ARG.firstRow], [csv, firstRow]);
    return importEventsCsv(prisma, actor, boundedCsv(checkedCsv), row);
  });
}
