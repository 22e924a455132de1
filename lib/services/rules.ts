import "server-only";
import { writeAudit, type AuditActor } from "@/lib/audit";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validations/parse";
import { createRuleSchema, type CreateRuleInput } from "@/lib/validations/rule";

/** Adds a rule (stable code and title) to a circular; its content comes in versions. */
export async function createRule(db: Db, actor: AuditActor, input: CreateRuleInput) {
  const data = parseOrThrow(createRuleSchema, input, "Aturan tidak valid.");
  if (await db.rule.findUnique({ where: { code: data.code } }))
    throw new AppError("CONFLICT", `Kode ${data.code} sudah dipakai.`, { code: ["Kode aturan sudah dipakai"] });
  return db.$transaction(async (tx) => {
    const circular = await tx.circular.findUnique({ where: { id: data.circularId } });
    if (!circular) throw new AppError("NOT_FOUND", "Surat edaran tidak ditemukan.");
    if (circular.status === "REVOKED" || circular.status === "EXPIRED")
      throw new AppError("CONFLICT", "Surat edaran yang sudah dicabut atau berakhir tidak dapat diberi aturan baru.");
    const rule = await tx.rule.create({ data: data });
    await writeAudit(tx, actor, { action: "rule.create", entity: "Rule", entityId: rule.id, after: rule });
    return rule;
  });
}
