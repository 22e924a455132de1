import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { daysOf, lastDayOf, monthsBetween, suppressMonth, type MonthCube, type PeriodTables } from "@/lib/stats/period-tables";
import { OUTCOMES } from "@/lib/vocabulary";
import { wibDay } from "@/lib/wib";

/** The latest day with traffic (the end of default periods), or null when there is none. */
export async function latestTrafficDay(): Promise<string | null> {
  const latest = await prisma.dailyTraffic.aggregate({ _max: { day: true } });
  return latest._max.day?.toISOString().slice(0, 10) ?? null;
}

/** The latest month with traffic that is over (YYYY-MM): public tables cover whole past months only. Once per request. */
export const latestPublicMonth = cache(async (): Promise<string | null> => {
  const today = wibDay(new Date());
  const latest = await prisma.dailyTraffic.aggregate({ _max: { day: true }, where: { day: { lt: new Date(`${today.slice(0, 7)}-01T00:00:00Z`) } } });
  return latest._max.day?.toISOString().slice(0, 7) ?? null;
});

type Counted = { month: string; key: string; outcome: string; visits: bigint };

/**
 * Raw visit counts of whole months (from the DailyTraffic rollup), one cube per month: by
 * day, by kecamatan and by service, one column per outcome. Every day, kecamatan and
 * service appears, even without visits: an absent row would itself reveal a zero.
 * Publish only through suppressMonth.
 */
export async function findMonthCubes(fromMonth: string, toMonth: string): Promise<MonthCube[]> {
  const months = monthsBetween(fromMonth, toMonth);
  const range = Prisma.sql`t."day" BETWEEN ${new Date(`${fromMonth}-01T00:00:00Z`)} AND ${new Date(`${lastDayOf(toMonth)}T00:00:00Z`)}`;
  const grouped = (key: Prisma.Sql) => prisma.$queryRaw<Counted[]>`
    SELECT to_char(t."day", 'YYYY-MM') AS month, ${key} AS key, t.outcome::text AS outcome, sum(t."count")::bigint AS visits
    FROM "DailyTraffic" t JOIN "Office" o ON o.id = t."officeId" JOIN "Kelurahan" l ON l.code = o."kelurahanCode"
    WHERE ${range}
    GROUP BY 1, 2, 3`;
  const [byDay, byKecamatan, byService, kecamatan, services] = await Promise.all([
    grouped(Prisma.sql`to_char(t."day", 'YYYY-MM-DD')`),
    grouped(Prisma.sql`l."kecamatanCode"`),
    grouped(Prisma.sql`t."serviceCode"`),
    prisma.kecamatan.findMany({ orderBy: { code: "asc" }, select: { code: true } }),
    prisma.serviceCategory.findMany({ orderBy: { code: "asc" }, select: { code: true } }),
  ]);
  const columns = [...OUTCOMES];
  const table = (month: string, rows: string[], counted: Counted[]) => {
    const index = new Map(rows.map((r, i) => [r, i]));
    const counts = rows.map(() => columns.map(() => 0));
    for (const c of counted) if (c.month === month) counts[index.get(c.key)!][columns.indexOf(c.outcome as (typeof OUTCOMES)[number])] = Number(c.visits);
    return { rows, columns, counts };
  };
  return months.map((month) => ({
    month,
    columns,
    day: table(month, daysOf(month), byDay),
    kecamatan: table(
      month,
      kecamatan.map((k) => k.code),
      byKecamatan,
    ),
    service: table(
      month,
      services.map((s) => s.code),
      byService,
    ),
  }));
}

/**
 * The public tables of each month from one YYYY-MM to another, suppressed. Once per
 * request: the transparency page shows the same month in several tables.
 */
export const findPublicMonthTables = cache(
  async (fromMonth: string, toMonth: string): Promise<PeriodTables[]> => (await findMonthCubes(fromMonth, toMonth)).map((cube) => suppressMonth(cube)),
);
