import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CountTable } from "@/lib/stats/suppress-table";
import type { OpenDataGrouping } from "@/lib/validations/open-data";
import { OUTCOMES } from "@/lib/vocabulary";

const GROUP_SQL: Record<Exclude<OpenDataGrouping, "outcome">, Prisma.Sql> = {
  day: Prisma.sql`to_char(t."day", 'YYYY-MM-DD')`,
  week: Prisma.sql`to_char(date_trunc('week', t."day"), 'YYYY-MM-DD')`,
  month: Prisma.sql`to_char(t."day", 'YYYY-MM')`,
  kecamatan: Prisma.sql`l."kecamatanCode"`,
  service: Prisma.sql`t."serviceCode"`,
};

/** The latest day with traffic (the end of default periods), or null when there is none. */
export async function latestTrafficDay(): Promise<string | null> {
  const latest = await prisma.dailyTraffic.aggregate({ _max: { day: true } });
  return latest._max.day?.toISOString().slice(0, 10) ?? null;
}

/**
 * Visits in [from, to] as a table: one row per day, week, month, kecamatan or service
 * (or a single row for by=outcome), one column per outcome. Raw counts: publish only
 * through suppressTable.
 */
export async function findTrafficTable(options: { from: string; to: string; by: OpenDataGrouping }): Promise<CountTable & { labels: Record<string, string> }> {
  const key = options.by === "outcome" ? Prisma.sql`'all'` : GROUP_SQL[options.by];
  const rows = await prisma.$queryRaw<{ key: string; outcome: string; visits: bigint }[]>`
    SELECT ${key} AS key, t.outcome::text AS outcome, sum(t."count")::bigint AS visits
    FROM "DailyTraffic" t JOIN "Office" o ON o.id = t."officeId" JOIN "Kelurahan" l ON l.code = o."kelurahanCode"
    WHERE t."day" BETWEEN ${new Date(`${options.from}T00:00:00Z`)} AND ${new Date(`${options.to}T00:00:00Z`)}
    GROUP BY 1, 2 ORDER BY 1`;
  const keys = await rowKeys(options, rows.map((r) => r.key));
  const index = new Map(keys.map((k, i) => [k, i]));
  const counts = keys.map(() => OUTCOMES.map(() => 0));
  for (const r of rows) counts[index.get(r.key)!][OUTCOMES.indexOf(r.outcome as (typeof OUTCOMES)[number])] = Number(r.visits);
  const labels = options.by === "kecamatan" ? Object.fromEntries((await prisma.kecamatan.findMany()).map((k) => [k.code, k.name])) : {};
  return { rows: keys, columns: [...OUTCOMES], counts, labels };
}

// Every period or area appears, even with no visits: an absent row would itself reveal a zero.
async function rowKeys(options: { from: string; to: string; by: OpenDataGrouping }, found: string[]): Promise<string[]> {
  if (options.by === "outcome") return ["all"];
  if (options.by === "kecamatan") return (await prisma.kecamatan.findMany({ orderBy: { code: "asc" } })).map((k) => k.code);
  if (options.by === "service") return (await prisma.serviceCategory.findMany({ orderBy: { code: "asc" } })).map((s) => s.code);
  const keys = new Set<string>(found);
  for (let t = Date.parse(`${options.from}T00:00:00Z`); t <= Date.parse(`${options.to}T00:00:00Z`); t += 86_400_000) {
    const d = new Date(t);
    if (options.by === "day") keys.add(d.toISOString().slice(0, 10));
    if (options.by === "month") keys.add(d.toISOString().slice(0, 7));
    if (options.by === "week") keys.add(new Date(t - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10));
  }
  return [...keys].sort();
}
