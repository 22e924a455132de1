import "server-only";
import { hashApiKey } from "@/lib/auth/api-key";
import { realNowMs } from "@/lib/clock";
import { pool } from "@/lib/db";

export type KeyOffice = { id: string; code: string; services: string[]; joinedAt: Date };
export type LiveKey = { keyId: string; kind: "SCANNER" | "CHECKPOINT"; lastUsedAt: Date | null; office: KeyOffice };

/** How long a process trusts a live key it read: a revocation on another instance holds within this time. */
const LIVE_KEY_TTL_MS = 1000;
const liveKeysRead = new Map<string, { at: number; key: LiveKey }>();

/**
 * A live key this process read within the last second, or null: a desk or scanner sending
 * visit after visit is looked up in the database once a second, not once per visit. Only
 * keys found live are remembered (an unknown key costs a look-up each time, which the caller
 * limits per address).
 */
export function rememberedLiveKey(secret: string, now = realNowMs()): LiveKey | null {
  const known = liveKeysRead.get(hashApiKey(secret));
  return known && now - known.at < LIVE_KEY_TTL_MS ? known.key : null;
}

/** Forgets the live keys read, after this process revoked a key, archived an office or changed its services. */
export function forgetLiveKeys(): void {
  liveKeysRead.clear();
}

/**
 * The live (not revoked, office not archived) key with this secret, or null; a live one is
 * remembered for rememberedLiveKey. One statement on the pool (as storeEvents does): through
 * Prisma, with the office and its services as relations, the look-up was a quarter of a single
 * visit's CPU.
 */
export async function findLiveKey(secret: string): Promise<LiveKey | null> {
  const hash = hashApiKey(secret);
  const { rows } = await pool().query<{
    keyId: string;
    kind: LiveKey["kind"];
    lastUsedAt: Date | null;
    officeId: string;
    code: string;
    joinedAt: Date;
    services: string[] | null;
  }>(
    // Prisma stores instants as UTC without a zone: read back as timestamptz, whatever the process's zone.
    `SELECT k.id AS "keyId", k.kind, k."lastUsedAt" AT TIME ZONE 'UTC' AS "lastUsedAt", o.id AS "officeId", o.code,
       o."createdAt" AT TIME ZONE 'UTC' AS "joinedAt",
       array(SELECT s."serviceCode" FROM "OfficeService" s WHERE s."officeId" = o.id ORDER BY s."serviceCode") AS services
     FROM "ApiKey" k JOIN "Office" o ON o.id = k."officeId"
     WHERE k.hash = $1 AND k."revokedAt" IS NULL AND o."archivedAt" IS NULL`,
    [hash],
  );
  const row = rows[0];
  if (!row) return null;
  const key: LiveKey = {
    keyId: row.keyId,
    kind: row.kind,
    lastUsedAt: row.lastUsedAt,
    office: { id: row.officeId, code: row.code, services: row.services ?? [], joinedAt: row.joinedAt },
  };
  if (liveKeysRead.size >= 10_000) liveKeysRead.clear();
  liveKeysRead.set(hash, { at: realNowMs(), key });
  return key;
}
