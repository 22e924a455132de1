import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { officesOfSql } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import { addDays, dateOfDay, dayOfDate } from "@/lib/day";
import { fillDays } from "@/lib/stats/fill-days";

export type DailyVisits = { day: string; visits: number };

/** The latest day holding traffic in the actor's scope, or null when there is none. */
async function latestTrafficDay(actor: Actor): Promise<Date | null> {
  const rows = await prisma.$queryRaw<{ day: Date | null }[]>`
    SELECT max(t."day") AS day FROM "DailyOfficeTraffic" t JOIN "Office" o ON o.id = t."officeId"
    WHERE ${officesOfSql(actor)}`;
  return rows[0]?.day ?? null;
}

/**
 * Visits per day over the `days` days up to the latest day with data, in the actor's
 * scope (an agency admin: its own offices). Days without visits are filled with 0.
 */
export async function findDailyVisits(actor: Actor, days = 180): Promise<DailyVisits[]> {
  const latest = await latestTrafficDay(actor);
  if (!latest) return [];
  const to = dayOfDate(latest);
  const from = addDays(to, -(days - 1));
  const rows = await prisma.$queryRaw<{ day: Date; visits: bigint }[]>`
    SELECT t."day" AS day, sum(t."count")::bigint AS visits
    FROM "DailyOfficeTraffic" t JOIN "Office" o ON o.id = t."officeId"
    WHERE t."day" BETWEEN ${dateOfDay(from)} AND ${dateOfDay(to)}
      AND ${officesOfSql(actor)}
    GROUP BY t."day" ORDER BY t."day"`;
  return fillDays(
    rows.map((r) => ({ day: dayOfDate(r.day), visits: Number(r.visits) })),
    { from, to },
  );
}
