import "server-only";
import { now } from "@/lib/clock";
import { writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  changeStageSchema,
  createOfficeSchema,
  nextSelfServiceStage,
  type CreateOfficeInput,
} from "@/lib/validations/office";
import { parseOrThrow } from "@/lib/validations/parse";
import { ownAgencyId } from "@/lib/auth/scope";
import { getScopedOffice } from "@/lib/data/scoped-office";
import { forgetLiveKeys } from "@/lib/data/api-keys";

type Tx = Prisma.TransactionClient;

const parseOffice = (input: CreateOfficeInput) => parseOrThrow(createOfficeSchema, input, "Data kantor tidak valid.");

async function assertKelurahan(tx: Tx, code: string): Promise<void> {
  if (!(await tx.kelurahan.findUnique({ where: { code } })))
    throw new AppError("INVALID", `Kelurahan ${code} tidak ada di Kota Bekasi.`, {
      kelurahanCode: [`Kelurahan ${code} tidak ada di Kota Bekasi`],
    });
}

/** Inserts one checked office and its first rollout step, audited, inside the caller's transaction. */
export async function insertOffice(tx: Tx, actor: Actor, agencyId: string, data: CreateOfficeInput) {
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
  const updated = await db.$transaction(async (tx) => {
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
  forgetLiveKeys(); // its keys carry its services (lib/data/api-keys.ts)
  return updated;
}

/** Archives an office: it leaves lists and reporting, its history stays. */
export async function archiveOffice(db: Db, actor: Actor, code: string) {
  const archived = await db.$transaction(async (tx) => {
    const before = await getScopedOffice(tx, actor, code);
    const after = await tx.office.update({ where: { id: before.id }, data: { archivedAt: now() } });
    await writeAudit(tx, actor, { action: "office.archive", entity: "Office", entityId: before.id, before, after });
    return after;
  });
  forgetLiveKeys(); // its keys stop at once here (lib/data/api-keys.ts)
  return archived;
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
