import "server-only";
import { hashApiKey } from "@/lib/auth/api-key";
import { prisma } from "@/lib/db";

export type KeyOffice = { id: string; code: string; services: string[]; joinedAt: Date };
export type LiveKey = { keyId: string; kind: "SCANNER" | "CHECKPOINT"; lastUsedAt: Date | null; office: KeyOffice };

/** The live (not revoked, office not archived) key with this secret, or null. */
export async function findLiveKey(secret: string): Promise<LiveKey | null> {
  const key = await prisma.apiKey.findUnique({
    where: { hash: hashApiKey(secret) },
    include: { office: { include: { services: true } } },
  });
  if (!key || key.revokedAt || key.office.archivedAt) return null;
  return {
    keyId: key.id,
    kind: key.kind,
    lastUsedAt: key.lastUsedAt,
    office: {
      id: key.office.id,
      code: key.office.code,
      services: key.office.services.map((s) => s.serviceCode),
      joinedAt: key.office.createdAt,
    },
  };
}
