import "server-only";
import { hashApiKey } from "@/lib/auth/api-key";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

const LAST_USED_PRECISION_MS = 60_000;

/** The office behind `Authorization: Bearer <key>`; 401 for a missing, unknown or revoked key. */
export async function officeForApiKey(request: Request) {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new AppError("UNAUTHENTICATED", "Kirim kunci API kantor di header Authorization: Bearer <kunci>.");
  const key = await prisma.apiKey.findUnique({ where: { hash: hashApiKey(match[1]) }, include: { office: { include: { services: true } } } });
  if (!key || key.revokedAt || key.office.archivedAt) throw new AppError("UNAUTHENTICATED", "Kunci API tidak dikenal atau sudah dicabut.");
  // Recorded at minute precision: a busy scanner does not write on every request.
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  }
  return { keyId: key.id, office: { id: key.office.id, code: key.office.code, services: key.office.services.map((s) => s.serviceCode) } };
}
