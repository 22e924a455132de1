import "server-only";
import type { AuditActor } from "@/lib/audit";
import { officesOf } from "@/lib/auth/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "office">;

/**
 * An office the actor may act on: an agency admin only reaches its own agency's offices,
 * and any other office is "not found" (its existence is not disclosed).
 */
export async function getScopedOffice(tx: Tx, actor: AuditActor, code: string) {
  const office = await tx.office.findFirst({ where: { code, archivedAt: null, ...officesOf(actor) } });
  if (!office)
    throw new AppError("NOT_FOUND", `Kantor ${code} tidak ditemukan.`, {
      officeCode: [`Kantor ${code} tidak ditemukan`],
    });
  return office;
}
