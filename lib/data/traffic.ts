import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { officesOfSql } from "@/lib/auth/scope";
import { readDb } from "@/lib/read-db";
import { dateOfDay, dayOfDate, type Day } from "@/lib/day";
import { fillDays } from "@/lib/stats/fill-days";

export type DailyVisits = { day: string; visits: number };

/** Visits per day from `from` to `to`, in the actor's scope (an agency admin: its own offices); days without visits are 0. */
export async function findDailyVisits(actor: Actor, { from, to }: { from: Day; to: Day }): Promise<DailyVisits[]> {
  const db = await readDb();
  const rows = await db.$queryRaw<{ day: Date; visits: bigint }[]>`
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
