import "server-only";
import { agencyScope, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "office">;

/**
 * An office the actor may act on: an agency admin only reaches its own agency's offices,
 * and any other office is "not found" (its existence is not disclosed).
 */
export async function getScopedOffice(tx: Tx, actor: Actor, code: string) {
  const scope = agencyScope(actor);
  const office = await tx.office.findFirst({
    where: { code, archivedAt: null, ...(scope ? { agencyId: scope } : {}) },
  });
  if (!office)
    throw new AppError("NOT_FOUND", `Kantor ${code} tidak ditemukan.`, {
      officeCode: [`Kantor ${code} tidak ditemukan`],
    });
  return office;
}
