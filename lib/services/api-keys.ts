import "server-only";
import { writeAudit, type AuditActor } from "@/lib/audit";
import { generateApiKey } from "@/lib/auth/api-key";
import type { Db } from "@/lib/db";
import { AppError, fieldErrorsOf } from "@/lib/errors";
import { createApiKeySchema, type CreateApiKeyInput } from "@/lib/validations/user";

/**
 * Creates an office's API key (a scanner's) or checkpoint token (a desk tablet's link). The key is returned once and never stored: only its
 * hash and prefix are. `agencyId` limits which offices the caller may reach (agency admins).
 */
export async function createApiKey(
  db: Db,
  actor: AuditActor,
  input: CreateApiKeyInput,
  scope: { agencyId: string | null },
) {
  const parsed = createApiKeySchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", "Data kunci API tidak valid.", fieldErrorsOf(parsed.error.issues));
  const office = await db.office.findFirst({
    where: { code: parsed.data.officeCode, archivedAt: null, ...(scope.agencyId ? { agencyId: scope.agencyId } : {}) },
  });
  if (!office)
    throw new AppError("NOT_FOUND", `Kantor ${parsed.data.officeCode} tidak ditemukan.`, {
      officeCode: ["Kantor tidak ditemukan"],
    });
  const { key, prefix, hash } = generateApiKey();
  const record = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        officeId: office.id,
        kind: parsed.data.kind,
        label: parsed.data.label,
        prefix,
        hash,
        createdById: "id" in actor ? actor.id : null,
      },
    });
    await writeAudit(tx, actor, {
      action: "apikey.create",
      entity: "ApiKey",
      entityId: created.id,
      after: { officeCode: office.code, kind: created.kind, label: created.label, prefix },
    });
    return created;
  });
  return { key, id: record.id, prefix, officeCode: office.code, label: record.label };
}

/** Revokes a key at once; an agency admin reaches only its own offices' keys. */
export async function revokeApiKey(db: Db, actor: AuditActor, keyId: string, scope: { agencyId: string | null }) {
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({
      where: { id: keyId, ...(scope.agencyId ? { office: { agencyId: scope.agencyId } } : {}) },
    });
    if (!key) throw new AppError("NOT_FOUND", "Kunci API tidak ditemukan.");
    if (key.revokedAt) throw new AppError("CONFLICT", "Kunci API sudah dicabut.");
    const after = await tx.apiKey.update({ where: { id: keyId }, data: { revokedAt: new Date() } });
    await writeAudit(tx, actor, {
      action: "apikey.revoke",
      entity: "ApiKey",
      entityId: keyId,
      before: { revokedAt: null, prefix: key.prefix },
      after: { revokedAt: after.revokedAt, prefix: key.prefix },
    });
    return after;
  });
}
