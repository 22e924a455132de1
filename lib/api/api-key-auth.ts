import "server-only";
import { hashApiKey } from "@/lib/auth/api-key";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

const LAST_USED_PRECISION_MS = 60_000;

export type KeyOffice = { id: string; code: string; services: string[] };
export type LiveKey = { keyId: string; kind: "SCANNER" | "CHECKPOINT"; office: KeyOffice };

/** The live (not revoked, office not archived) key with this secret, or null. */
export async function findLiveKey(secret: string): Promise<LiveKey | null> {
  const key = await prisma.apiKey.findUnique({
    where: { hash: hashApiKey(secret) },
    include: { office: { include: { services: true } } },
  });
  if (!key || key.revokedAt || key.office.archivedAt) return null;
  // Recorded at minute precision: a busy scanner does not write on every request.
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  }
  return {
    keyId: key.id,
    kind: key.kind,
    office: { id: key.office.id, code: key.office.code, services: key.office.services.map((s) => s.serviceCode) },
  };
}

/**
 * The office behind `Authorization: Bearer <key>` (a scanner's API key or a checkpoint
 * link's token; `kind` narrows it); 401 for a missing, unknown or revoked key.
 */
export async function officeForApiKey(request: Request, kind?: LiveKey["kind"]): Promise<LiveKey> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new AppError("UNAUTHENTICATED", "Kirim kunci API kantor di header Authorization: Bearer <kunci>.");
  const key = await findLiveKey(match[1]);
  if (!key || (kind && key.kind !== kind))
    throw new AppError("UNAUTHENTICATED", "Kunci API tidak dikenal atau sudah dicabut.");
  return key;
}
