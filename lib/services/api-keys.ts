import "server-only";
import { realNow, realNowMs } from "@/lib/clock";
import { writeAudit, type AuditActor } from "@/lib/audit";
import { officesOf } from "@/lib/auth/scope";
import { getScopedOffice } from "@/lib/data/scoped-office";
import { forgetLiveKeys } from "@/lib/data/api-keys";
import { generateApiKey } from "@/lib/auth/api-key";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createApiKeySchema, type CreateApiKeyInput } from "@/lib/validations/api-key";
import { parseOrThrow } from "@/lib/validations/parse";

/**
 * Creates an office's API key (a scanner's) or checkpoint token (a desk tablet's link), on an
 * office the actor reaches. The key is returned once and never stored: only its hash and prefix are.
 */
export async function createApiKey(db: Db, actor: AuditActor, input: CreateApiKeyInput) {
  const data = parseOrThrow(createApiKeySchema, input, "Data kunci API tidak valid.");
  const office = await getScopedOffice(db, actor, data.officeCode);
  const { key, prefix, hash } = generateApiKey();
  const record = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        officeId: office.id,
        kind: data.kind,
        label: data.label,
        prefix,
        hash,
        createdById: "id" in actor ? actor.id : null,
      },
    });
    await writeAudit(tx, actor, {
      // A checkpoint link is a key too, but an official made a link: the log says so.
      action: created.kind === "CHECKPOINT" ? "checkpoint.create" : "apikey.create",
      entity: "ApiKey",
      entityId: created.id,
      after: { officeCode: office.code, kind: created.kind, label: created.label, prefix },
    });
    return created;
  });
  return { key, id: record.id, prefix, officeCode: office.code, label: record.label };
}

/** Revokes a key at once; an agency admin reaches only its own offices' keys. */
export async function revokeApiKey(db: Db, actor: AuditActor, keyId: string) {
  const revoked = await db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({
      where: { id: keyId, office: officesOf(actor) },
    });
    if (!key) throw new AppError("NOT_FOUND", "Kunci API tidak ditemukan.");
    if (key.revokedAt) throw new AppError("CONFLICT", "Kunci API sudah dicabut.");
    const after = await tx.apiKey.update({ where: { id: keyId }, data: { revokedAt: realNow() } });
    await writeAudit(tx, actor, {
      action: key.kind === "CHECKPOINT" ? "checkpoint.revoke" : "apikey.revoke",
      entity: "ApiKey",
      entityId: keyId,
      before: { revokedAt: null, prefix: key.prefix },
      after: { revokedAt: after.revokedAt, prefix: key.prefix },
    });
    return after;
  });
  // Refused at once by this process; another instance trusts what it read for a second at most.
  forgetLiveKeys();
  return revoked;
}

const LAST_USED_PRECISION_MS = 60_000;

/**
 * Notes that a key was just used (shown to its agency, and what the reminders call an unused
 * key), at minute precision: a busy scanner does not write on every request.
 */
export async function noteKeyUsed(db: Db, key: { keyId: string; lastUsedAt: Date | null }): Promise<void> {
  if (key.lastUsedAt && realNowMs() - key.lastUsedAt.getTime() <= LAST_USED_PRECISION_MS) return;
  await db.apiKey.update({ where: { id: key.keyId }, data: { lastUsedAt: realNow() } });
}
