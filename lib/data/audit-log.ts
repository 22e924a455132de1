import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type ListParams, type Page, pageOf } from "@/lib/validations/list-params";

export type AuditRow = { id: string; at: string; actor: string; action: string; entity: string; entityId: string };

/** The audit log, newest first by default; only for those holding audit.read. */
export async function findAuditLog(actor: Actor, params: ListParams<"at" | "action">): Promise<Page<AuditRow>> {
  if (!can(actor, "audit.read")) throw new AppError("FORBIDDEN", "Anda tidak berwenang membaca log audit.");
  const where: Prisma.AuditLogWhereInput = params.q
    ? {
        OR: [
          { action: { contains: params.q, mode: "insensitive" } },
          { entity: { contains: params.q, mode: "insensitive" } },
          { actorLabel: { contains: params.q, mode: "insensitive" } },
        ],
      }
    : {};
  const [total, entries] = await prisma.$transaction([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: [{ [params.sort.id]: params.sort.desc ? "desc" : "asc" }, { id: "desc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
  ]);
  return pageOf(
    params,
    total,
    entries.map((e) => ({
      id: e.id.toString(),
      at: e.at.toISOString(),
      actor: e.actorLabel,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
    })),
  );
}
