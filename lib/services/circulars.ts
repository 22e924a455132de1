import "server-only";
import * as clock from "@/lib/clock";
import { writeAudit, type AuditActor } from "@/lib/audit";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createCircularSchema, type CreateCircularInput } from "@/lib/validations/circular";
import { parseOrThrow } from "@/lib/validations/parse";
import { dateOfDay } from "@/lib/day";
import { circularSlug } from "@/lib/rules/circular-slug";

/** A validated circular form as database columns (dates in their stored form). */
function circularFields(data: CreateCircularInput) {
  return {
    number: data.number,
    slug: circularSlug(data.number),
    issuedOn: dateOfDay(data.issuedOn),
    issuer: data.issuer,
    title: data.title,
    body: data.body,
    effectiveFrom: new Date(data.effectiveFrom),
  };
}

/** Circulars with this number, or one its address would be mistaken for ("440/1395" and "440-1395"). */
const sameAddress = (number: string) => ({ OR: [{ number }, { slug: circularSlug(number) }] });

/** Drafts a circular with its numbered clauses. */
export async function createCircular(db: Db, actor: AuditActor, input: CreateCircularInput) {
  const data = parseOrThrow(createCircularSchema, input, "Surat edaran tidak valid.");
  if (await db.circular.findFirst({ where: sameAddress(data.number) }))
    throw new AppError("CONFLICT", `Nomor ${data.number} sudah ada.`, { number: ["Nomor surat edaran sudah dipakai"] });
  return db.$transaction(async (tx) => {
    const circular = await tx.circular.create({
      data: { ...circularFields(data), status: "DRAFT", clauses: { create: data.clauses } },
      include: { clauses: true },
    });
    await writeAudit(tx, actor, {
      action: "circular.create",
      entity: "Circular",
      entityId: circular.id,
      after: circular,
    });
    return circular;
  });
}

/** Changes a draft circular (its text and clauses); an active or past circular is never rewritten. */
export async function updateCircularDraft(db: Db, actor: AuditActor, id: string, input: CreateCircularInput) {
  const data = parseOrThrow(createCircularSchema, input, "Surat edaran tidak valid.");
  return db.$transaction(async (tx) => {
    const before = await tx.circular.findUnique({ where: { id }, include: { clauses: true } });
    if (!before) throw new AppError("NOT_FOUND", "Surat edaran tidak ditemukan.");
    if (before.status !== "DRAFT") throw new AppError("CONFLICT", "Hanya draf surat edaran yang dapat diubah.");
    const clash = await tx.circular.findFirst({ where: { ...sameAddress(data.number), id: { not: id } } });
    if (clash)
      throw new AppError("CONFLICT", `Nomor ${data.number} sudah ada.`, {
        number: ["Nomor surat edaran sudah dipakai"],
      });
    // Clauses cited by a rule version keep their identity; others are replaced.
    const cited = new Set(
      (await tx.ruleVersion.findMany({ where: { clause: { circularId: id } }, select: { clauseId: true } })).map(
        (v) => v.clauseId,
      ),
    );
    for (const clause of before.clauses) {
      const next = data.clauses.find((c) => c.number === clause.number);
      if (next) await tx.circularClause.update({ where: { id: clause.id }, data: { text: next.text } });
      else if (cited.has(clause.id))
        throw new AppError("CONFLICT", `Pasal ${clause.number} dipakai aturan: tidak dapat dihapus.`, {
          clauses: [`Pasal ${clause.number} dipakai aturan`],
        });
      else await tx.circularClause.delete({ where: { id: clause.id } });
    }
    const added = data.clauses.filter((c) => !before.clauses.some((b) => b.number === c.number));
    const after = await tx.circular.update({
      where: { id },
      data: { ...circularFields(data), clauses: { create: added } },
      include: { clauses: true },
    });
    await writeAudit(tx, actor, { action: "circular.update", entity: "Circular", entityId: id, before, after });
    return after;
  });
}

/** Publishes a draft circular: its activated rule versions start to apply. */
export async function activateCircular(db: Db, actor: AuditActor, id: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.circular.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "Surat edaran tidak ditemukan.");
    if (before.status !== "DRAFT")
      throw new AppError("CONFLICT", `Surat edaran berstatus ${before.status}: hanya draf yang dapat diaktifkan.`);
    const after = await tx.circular.update({ where: { id }, data: { status: "ACTIVE" } });
    await writeAudit(tx, actor, { action: "circular.activate", entity: "Circular", entityId: id, before, after });
    return after;
  });
}

/**
 * Revokes an active circular from `now`: its rule versions in force end now and scheduled
 * ones are revoked. Past decisions keep their versions (time travel still works).
 */
export async function revokeCircular(db: Db, actor: AuditActor, id: string, now = clock.now()) {
  return db.$transaction(async (tx) => {
    const before = await tx.circular.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "Surat edaran tidak ditemukan.");
    if (before.status !== "ACTIVE") throw new AppError("CONFLICT", "Hanya surat edaran aktif yang dapat dicabut.");
    const versions = await tx.ruleVersion.findMany({
      where: { rule: { circularId: id }, status: "ACTIVE", OR: [{ validTo: null }, { validTo: { gt: now } }] },
    });
    for (const version of versions) {
      const scheduled = version.validFrom.getTime() > now.getTime();
      const data = scheduled ? { status: "REVOKED" as const } : { validTo: now };
      await tx.ruleVersion.update({ where: { id: version.id }, data });
      await writeAudit(tx, actor, {
        action: scheduled ? "ruleVersion.revoke" : "ruleVersion.retire",
        entity: "RuleVersion",
        entityId: version.id,
        before: { status: version.status, validTo: version.validTo },
        after: data,
      });
    }
    const after = await tx.circular.update({ where: { id }, data: { status: "REVOKED", effectiveTo: now } });
    await writeAudit(tx, actor, { action: "circular.revoke", entity: "Circular", entityId: id, before, after });
    return after;
  });
}
