import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { officesOfSql } from "@/lib/auth/scope";
import { dateOfDay } from "@/lib/day";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TrafficFilters } from "@/lib/validations/traffic";

// The traffic dashboard's filters and the actor's scope as SQL over a rollup `t`, shared by
// every report that honours them (the breakdowns, the referrals).

/** Joins a daily rollup `t` to its office `o`, agency `a`, kelurahan `l` and kecamatan `k`, for filterConditions. */
export const OFFICE_JOINS = Prisma.sql`
  JOIN "Office" o ON o.id = t."officeId"
  JOIN "Agency" a ON a.id = o."agencyId"
  JOIN "Kelurahan" l ON l.code = o."kelurahanCode"
  JOIN "Kecamatan" k ON k.code = l."kecamatanCode"`;

/**
 * The dashboard's filters (but the period) and the actor's scope as SQL over rollup rows `t`
 * (with a "serviceCode") joined to their office `o`, agency `a` and kecamatan `k`.
 */
export function scopeConditions(actor: Actor, filters: TrafficFilters): Prisma.Sql {
  return Prisma.join(
    [
      officesOfSql(actor),
      ...(filters.kecamatan ? [Prisma.sql`k.code = ${filters.kecamatan}`] : []),
      ...(filters.agency ? [Prisma.sql`a.code = ${filters.agency}`] : []),
      ...(filters.service ? [Prisma.sql`t."serviceCode" = ${filters.service}`] : []),
    ],
    " AND ",
  );
}

/** scopeConditions and the period, over a daily rollup `t` with a "day". */
export function filterConditions(actor: Actor, filters: TrafficFilters): Prisma.Sql {
  const period = Prisma.sql`t."day" BETWEEN ${dateOfDay(filters.from)} AND ${dateOfDay(filters.to)}`;
  return Prisma.sql`${period} AND ${scopeConditions(actor, filters)}`;
}
