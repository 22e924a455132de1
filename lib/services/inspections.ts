import "server-only";
import { now } from "@/lib/clock";
import { writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordInspectionSchema, type RecordInspectionFormInput } from "@/lib/validations/inspection";
import { parseOrThrow } from "@/lib/validations/parse";
import { getScopedOffice } from "@/lib/data/scoped-office";
import { dateOfDay } from "@/lib/day";

/**
 * Records a task-force inspection. It is the only way an office becomes VERIFIED (a live
 * office that passes) or SUSPENDED (a temporary closure); other sanctions leave the stage.
 */
export async function recordInspection(db: Db, actor: Actor, input: RecordInspectionFormInput) {
  const data = parseOrThrow(recordInspectionSchema, input, "Data inspeksi tidak valid.");
  return db.$transaction(async (tx) => {
    const office = await getScopedOffice(tx, actor, data.officeCode);
    if (data.verify && office.stage !== "LIVE") {
      throw new AppError("INVALID", "Hanya kantor yang sudah memindai (tahap Memindai) yang dapat diverifikasi.", {
        verify: ["Kantor belum memindai"],
      });
    }
    const inspection = await tx.inspection.create({
      data: {
        officeId: office.id,
        inspectorId: actor.id,
        visitedOn: dateOfDay(data.visitedOn),
        findings: data.findings,
        score: data.score,
        notes: data.notes,
      },
    });
    if (data.sanction) {
      await tx.sanction.create({
        data: {
          inspectionId: inspection.id,
          officeId: office.id,
          kind: data.sanction.kind,
          startsOn: dateOfDay(data.sanction.startsOn),
          endsOn: data.sanction.endsOn ? dateOfDay(data.sanction.endsOn) : null,
        },
      });
    }
    const toStage = data.verify ? "VERIFIED" : data.sanction?.kind === "TEMPORARY_CLOSURE" ? "SUSPENDED" : null;
    if (toStage && toStage !== office.stage) {
      await tx.rolloutEvent.create({
        data: {
          officeId: office.id,
          fromStage: office.stage,
          toStage,
          byUserId: actor.id,
          inspectionId: inspection.id,
          note: "Hasil inspeksi",
          at: now(),
        },
      });
      await tx.office.update({ where: { id: office.id }, data: { stage: toStage, stageChangedAt: now() } });
    }
    await writeAudit(tx, actor, {
      action: "inspection.record",
      entity: "Inspection",
      entityId: inspection.id,
      after: { ...inspection, sanction: data.sanction, stage: toStage },
    });
    return inspection;
  });
}
