import "server-only";
import { agencyScope, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { fillDays } from "@/lib/stats/fill-days";

export type DailyVisits = { day: string; visits: number };

/** The latest day holding traffic in the actor's scope, or null when there is none. */
async function latestTrafficDay(scope: string | null): Promise<Date | null> {
  const rows = await prisma.$queryRaw<{ day: Date | null }[]>`
    SELECT max(t."day") AS day FROM "DailyOfficeTraffic" t JOIN "Office" o ON o.id = t."officeId"
    WHERE ${scope === null ? Prisma.sql`TRUE` : Prisma.sql`o."agencyId" = ${scope}`}`;
  return rows[0]?.day ?? null;
}

/**
 * Visits per day over the `days` days up to the latest day with data, in the actor's
 * scope (an agency admin: its own offices). Days without visits are filled with 0.
 */
export async function findDailyVisits(actor: Actor, days = 180): Promise<DailyVisits[]> {
  const scope = agencyScope(actor);
  const to = await latestTrafficDay(scope);
  if (!to) return [];
  const from = new Date(to.getTime() - (days - 1) * 86_400_000);
  const rows = await prisma.$queryRaw<{ day: Date; visits: bigint }[]>`
    SELECT t."day" AS day, sum(t."count")::bigint AS visits
    FROM "DailyOfficeTraffic" t JOIN "Office" o ON o.id = t."officeId"
    WHERE t."day" BETWEEN ${from} AND ${to}
      AND ${scope === null ? Prisma.sql`TRUE` : Prisma.sql`o."agencyId" = ${scope}`}
    GROUP BY t."day" ORDER BY t."day"`;
  return fillDays(
    rows.map((r) => ({ day: r.day.toISOString().slice(0, 10), visits: Number(r.visits) })),
    { from, to },
  );
}
