import "server-only";
import { now } from "@/lib/clock";
import { writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import { readCsvRecords, type CsvRowError } from "@/lib/csv";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  OFFICE_CSV_COLUMNS,
  OFFICE_CSV_REQUIRED,
  changeStageSchema,
  createOfficeSchema,
  nextSelfServiceStage,
  type CreateOfficeInput,
} from "@/lib/validations/office";
import { parseOrThrow } from "@/lib/validations/parse";
import { ownAgencyId } from "@/lib/auth/scope";
import { getScopedOffice } from "@/lib/data/scoped-office";

type Tx = Prisma.TransactionClient;

const parseOffice = (input: CreateOfficeInput) => parseOrThrow(createOfficeSchema, input, "Data kantor tidak valid.");

async function assertKelurahan(tx: Tx, code: string): Promise<void> {
  if (!(await tx.kelurahan.findUnique({ where: { code } })))
    throw new AppError("INVALID", `Kelurahan ${code} tidak ada di Kota Bekasi.`, {
      kelurahanCode: [`Kelurahan ${code} tidak ada di Kota Bekasi`],
    });
}

async function insertOffice(tx: Tx, actor: Actor, agencyId: string, data: CreateOfficeInput) {
  const registeredAt = now();
  const office = await tx.office.create({
    data: {
      code: data.code,
      agencyId,
      name: data.name,
      address: data.address,
      kelurahanCode: data.kelurahanCode,
      openingHours: data.openingHours,
      contactPhone: data.contactPhone,
      services: { create: data.services.map((serviceCode) => ({ serviceCode })) },
      // Joined, registered and staged on SIGAP's clock, like every later step of its rollout.
      createdAt: registeredAt,
      stageChangedAt: registeredAt,
      rolloutEvents: { create: { toStage: "REGISTERED", byUserId: actor.id, at: registeredAt } },
    },
  });
  await writeAudit(tx, actor, {
    action: "office.create",
    entity: "Office",
    entityId: office.id,
    after: { ...office, services: data.services },
  });
  return office;
}

/** Registers one office of the actor's agency (stage REGISTERED). */
export async function createOffice(db: Db, actor: Actor, input: CreateOfficeInput) {
  const agencyId = ownAgencyId(actor);
  const data = parseOffice(input);
  return db.$transaction(async (tx) => {
    await assertKelurahan(tx, data.kelurahanCode);
    if (await tx.office.findUnique({ where: { code: data.code } }))
      throw new AppError("CONFLICT", `Kode ${data.code} sudah dipakai.`, { code: ["Kode kantor sudah dipakai"] });
    return insertOffice(tx, actor, agencyId, data);
  });
}

/** Changes an office's profile (its code stays). */
export async function updateOffice(db: Db, actor: Actor, code: string, input: Omit<CreateOfficeInput, "code">) {
  const data = parseOffice({ ...input, code });
  return db.$transaction(async (tx) => {
    const before = await getScopedOffice(tx, actor, code);
    await assertKelurahan(tx, data.kelurahanCode);
    await tx.officeService.deleteMany({ where: { officeId: before.id } });
    const after = await tx.office.update({
      where: { id: before.id },
      data: {
        name: data.name,
        address: data.address,
        kelurahanCode: data.kelurahanCode,
        openingHours: data.openingHours ?? null,
        contactPhone: data.contactPhone ?? null,
        services: { create: data.services.map((serviceCode) => ({ serviceCode })) },
      },
    });
    await writeAudit(tx, actor, {
      action: "office.update",
      entity: "Office",
      entityId: before.id,
      before,
      after: { ...after, services: data.services },
    });
    return after;
  });
}

/** Archives an office: it leaves lists and reporting, its history stays. */
export async function archiveOffice(db: Db, actor: Actor, code: string) {
  return db.$transaction(async (tx) => {
    const before = await getScopedOffice(tx, actor, code);
    const after = await tx.office.update({ where: { id: before.id }, data: { archivedAt: now() } });
    await writeAudit(tx, actor, { action: "office.archive", entity: "Office", entityId: before.id, before, after });
    return after;
  });
}

/** Moves an office through the onboarding stages an agency admin may set; dated and by whom. */
export async function changeStage(db: Db, actor: Actor, code: string, input: { toStage: string; note?: string }) {
  const data = parseOrThrow(changeStageSchema, input, "Tahap tidak valid.");
  return db.$transaction(async (tx) => {
    const office = await getScopedOffice(tx, actor, code);
    if (office.stage === "VERIFIED" || office.stage === "SUSPENDED") {
      throw new AppError(
        "CONFLICT",
        "Kantor ini terverifikasi atau ditangguhkan oleh inspeksi: tahapnya hanya diubah oleh Satgas.",
      );
    }
    if (office.stage === data.toStage) throw new AppError("CONFLICT", "Kantor sudah berada di tahap itu.");
    // Going on to the next stage is routine; a jump ahead or a step back is recorded with why.
    if (data.toStage !== nextSelfServiceStage(office.stage) && !data.note)
      throw new AppError("INVALID", "Tulis alasan: tahap ini bukan tahap berikutnya.", {
        note: ["Alasan wajib diisi untuk melompati tahap atau kembali ke tahap sebelumnya"],
      });
    const at = now();
    await tx.rolloutEvent.create({
      data: {
        officeId: office.id,
        fromStage: office.stage,
        toStage: data.toStage,
        at,
        byUserId: actor.id,
        note: data.note,
      },
    });
    const after = await tx.office.update({
      where: { id: office.id },
      data: { stage: data.toStage, stageChangedAt: at },
    });
    await writeAudit(tx, actor, {
      action: "office.stage",
      entity: "Office",
      entityId: office.id,
      before: { stage: office.stage },
      after: { stage: after.stage, note: data.note },
    });
    return after;
  });
}

export type OfficeImportPreview = { offices: (CreateOfficeInput & { row: number })[]; errors: CsvRowError[] };

const CSV_FIELD: Record<string, string> = {
  code: "code",
  name: "name",
  address: "address",
  kelurahanCode: "kelurahan_code",
  services: "services",
  openingHours: "opening_hours",
  contactPhone: "contact_phone",
};

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
      errors.push({ row, column: CSV_FIELD[String(issue.path[0])] ?? String(issue.path[0]), message: issue.message });
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
