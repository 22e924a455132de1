import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { type MonthCube } from "@/lib/stats/period-tables";
import { coverageOf, type Coverage } from "@/lib/stats/coverage";
import { dateOfDay, dayOfDate, daysOf, lastDayOf, monthsBetween } from "@/lib/day";
import { OUTCOMES } from "@/lib/vocabulary";

/**
 * Where the visit data are (lib/stats/coverage.ts): what default periods and the period line
 * read. Read once per request: a page's period, its lateness and its to-do list all ask.
 */
export const findDataCoverage = cache(async (): Promise<Coverage> => {
  // The distinct days of the rollup by a walk along its primary key (day, officeId): one index
  // probe per day with data, not a scan of every office's row.
  const months = await prisma.$queryRaw<{ month: string; days: number; first: Date; last: Date }[]>`
    WITH RECURSIVE d AS (
      (SELECT "day" FROM "DailyOfficeTraffic" ORDER BY "day" LIMIT 1)
      UNION ALL
      SELECT (SELECT t."day" FROM "DailyOfficeTraffic" t WHERE t."day" > d."day" ORDER BY t."day" LIMIT 1)
      FROM d WHERE d."day" IS NOT NULL
    )
    SELECT to_char("day", 'YYYY-MM') AS month, count(*)::int AS days, min("day") AS first, max("day") AS last
    FROM d WHERE "day" IS NOT NULL GROUP BY 1`;
  return coverageOf(
    months.map((m) => ({ month: m.month, days: m.days, first: dayOfDate(m.first), last: dayOfDate(m.last) })),
  );
});

type Counted = { month: string; key: string; outcome: string; visits: bigint };

/**
 * Raw visit counts of whole months (from the DailyServiceTraffic rollup), one cube per month: by
 * day, by kecamatan and by service, one column per outcome. Every day, kecamatan and
 * service appears, even without visits: an absent row would itself reveal a zero.
 * Publish only through suppressMonth (lib/data/public-releases.ts).
 */
export async function findMonthCubes(fromMonth: string, toMonth: string): Promise<MonthCube[]> {
  const months = monthsBetween(fromMonth, toMonth);
  const range = Prisma.sql`t."day" BETWEEN ${dateOfDay(`${fromMonth}-01`)} AND ${dateOfDay(lastDayOf(toMonth))}`;
  const grouped = (key: Prisma.Sql) => prisma.$queryRaw<Counted[]>`
    SELECT to_char(t."day", 'YYYY-MM') AS month, ${key} AS key, t.outcome::text AS outcome, sum(t."count")::bigint AS visits
    FROM "DailyServiceTraffic" t JOIN "Office" o ON o.id = t."officeId" JOIN "Kelurahan" l ON l.code = o."kelurahanCode"
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
    for (const c of counted)
      if (c.month === month)
        counts[index.get(c.key)!][columns.indexOf(c.outcome as (typeof OUTCOMES)[number])] = Number(c.visits);
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
