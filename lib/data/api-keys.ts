import "server-only";
import { realNow, realNowMs } from "@/lib/clock";
import { hashApiKey } from "@/lib/auth/api-key";
import { prisma } from "@/lib/db";

const LAST_USED_PRECISION_MS = 60_000;

export type KeyOffice = { id: string; code: string; services: string[]; joinedAt: Date };
export type LiveKey = { keyId: string; kind: "SCANNER" | "CHECKPOINT"; office: KeyOffice };

/** The live (not revoked, office not archived) key with this secret, or null; notes when it was last used. */
export async function findLiveKey(secret: string): Promise<LiveKey | null> {
  const key = await prisma.apiKey.findUnique({
    where: { hash: hashApiKey(secret) },
    include: { office: { include: { services: true } } },
  });
  if (!key || key.revokedAt || key.office.archivedAt) return null;
  // Recorded at minute precision: a busy scanner does not write on every request.
  if (!key.lastUsedAt || realNowMs() - key.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: realNow() } });
  }
  return {
    keyId: key.id,
    kind: key.kind,
    office: {
      id: key.office.id,
      code: key.office.code,
      services: key.office.services.map((s) => s.serviceCode),
      joinedAt: key.office.createdAt,
    },
  };
}
