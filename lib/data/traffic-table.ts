import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { type MonthCube } from "@/lib/stats/period-tables";
import { dayOfDate, daysOf, lastDayOf, monthsBetween, wibToday } from "@/lib/day";
import { OUTCOMES } from "@/lib/vocabulary";

/** The latest day with traffic (the end of default periods), or null when there is none. */
export async function latestTrafficDay(): Promise<string | null> {
  // Raw SQL: Prisma's aggregate wraps the table in a subquery with OFFSET, which turns this
  // read of the primary key's last entry into a scan of the whole rollup.
  const [{ day }] = await prisma.$queryRaw<{ day: Date | null }[]>`SELECT max("day") AS day FROM "DailyOfficeTraffic"`;
  return day ? dayOfDate(day) : null;
}

/**
 * The day default periods end and lateness is counted to: the latest day with visit data
 * (reports are judged against scanned traffic; a history is not read against today's clock),
 * or today when there is none.
 */
export async function latestDataDay(): Promise<string> {
  return (await latestTrafficDay()) ?? wibToday();
}

type Counted = { month: string; key: string; outcome: string; visits: bigint };

/**
 * Raw visit counts of whole months (from the DailyServiceTraffic rollup), one cube per month: by
 * day, by kecamatan and by service, one column per outcome. Every day, kecamatan and
 * service appears, even without visits: an absent row would itself reveal a zero.
 * Publish only through suppressMonth (lib/data/public-releases.ts).
 */
export async function findMonthCubes(fromMonth: string, toMonth: string): Promise<MonthCube[]> {
  const months = monthsBetween(fromMonth, toMonth);
  const range = Prisma.sql`t."day" BETWEEN ${new Date(`${fromMonth}-01T00:00:00Z`)} AND ${new Date(`${lastDayOf(toMonth)}T00:00:00Z`)}`;
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
