import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AuditActor } from "@/lib/audit";
import { can, type Actor } from "./permissions";

// The one place that turns an actor into the rows it may reach: an agency admin reaches its
// own agency's agencies, offices and reports; every other role (they hold
// "agencies.readAll") reaches all of them, and so do the command line and the seed (a
// labelled actor, not a signed-in one). Data functions and services ask here; nothing
// else compares roles or agency ids.

/** The agency an actor is limited to, or null when it reaches every agency. */
function limitedTo(actor: AuditActor): { agencyId: string } | null {
  if ("label" in actor || can(actor, "agencies.readAll")) return null;
  // An agency admin without an agency reaches nothing rather than everything: no row has
  // this id (ids are lowercase cuids).
  return { agencyId: actor.agencyId ?? "NO AGENCY" };
}

/** Prisma `where` for the agencies an actor reaches. */
export function agenciesOf(actor: AuditActor): Prisma.AgencyWhereInput {
  const limit = limitedTo(actor);
  return limit ? { id: limit.agencyId } : {};
}

/** Prisma `where` for the offices an actor reaches. */
export function officesOf(actor: AuditActor): Prisma.OfficeWhereInput {
  const limit = limitedTo(actor);
  return limit ? { agencyId: limit.agencyId } : {};
}

/** SQL condition for the offices an actor reaches, over an office aliased `office`. */
export function officesOfSql(actor: AuditActor, office = "o"): Prisma.Sql {
  const limit = limitedTo(actor);
  return limit ? Prisma.sql`${Prisma.raw(`"${office}"`)}."agencyId" = ${limit.agencyId}` : Prisma.sql`TRUE`;
}

/** Whether an actor reaches an agency's records. */
export function reachesAgency(actor: AuditActor, agencyId: string): boolean {
  const limit = limitedTo(actor);
  return !limit || limit.agencyId === agencyId;
}

/** The agency an actor acts for (an agency admin's own); FORBIDDEN for a role bound to none. */
export function ownAgencyId(actor: Actor): string {
  const limit = limitedTo(actor);
  if (!limit || !actor.agencyId)
    throw new AppError("FORBIDDEN", "Hanya admin instansi yang mendaftarkan kantor instansinya.");
  return limit.agencyId;
}

/** What an actor's reach is, as a key for what is kept per reach (lib/data/versioned-cache.ts): "*" or its agency. */
export function scopeKey(actor: AuditActor): string {
  return limitedTo(actor)?.agencyId ?? "*";
}
