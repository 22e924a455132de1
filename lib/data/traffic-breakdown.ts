import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { scopeKey } from "@/lib/auth/scope";
import { readDb } from "@/lib/read-db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TrafficFilters } from "@/lib/validations/traffic";
import { OUTCOMES, type OutcomeCode } from "@/lib/vocabulary";
import { trafficSource } from "./traffic-source";
import { OFFICE_JOINS, scopeConditions } from "./traffic-filters-sql";
import { keyBesidesPeriod, versionedByMonth } from "./versioned-cache";

export type Dimension = "time" | "kecamatan" | "service" | "ageBand" | "office";
export type BreakdownRow = { key: string; label: string; total: number } & Record<OutcomeCode, number>;

const PERIOD: Record<TrafficFilters["every"], Prisma.Sql> = {
  day: Prisma.sql`to_char(t."day", 'YYYY-MM-DD')`,
  week: Prisma.sql`to_char(date_trunc('week', t."day"), 'YYYY-MM-DD')`,
  month: Prisma.sql`to_char(t."day", 'YYYY-MM')`,
};

function keyOf(dimension: Dimension, every: TrafficFilters["every"]): { key: Prisma.Sql; label: Prisma.Sql } {
  switch (dimension) {
    case "time":
      return { key: PERIOD[every], label: PERIOD[every] };
    case "kecamatan":
      return { key: Prisma.sql`k.code`, label: Prisma.sql`k.name` };
    case "service":
      return { key: Prisma.sql`t."serviceCode"`, label: Prisma.sql`s."nameId"` };
    case "ageBand":
      return { key: Prisma.sql`t."ageBand"::text`, label: Prisma.sql`t."ageBand"::text` };
    case "office":
      return { key: Prisma.sql`o.code`, label: Prisma.sql`o.name` };
  }
}

/**
 * Visits (from rollups, never raw events: see traffic-source.ts) grouped by one dimension and
 * split by outcome, under the dashboard's filters and the actor's scope (an agency admin:
 * its own offices). Each month's part of the period is kept on its own until the records or
 * that month's visits change (versioned-cache.ts), and the parts are added up: while visits
 * arrive, only the current month is read again. Every row counts visits, so parts add up
 * exactly (a week across two months is a key in both, summed).
 */
export async function findTrafficBreakdown(
  actor: Actor,
  filters: TrafficFilters,
  dimension: Dimension,
): Promise<BreakdownRow[]> {
  const parts = await versionedByMonth(
    `breakdown|${scopeKey(actor)}|${dimension}|${keyBesidesPeriod(filters)}`,
    filters,
    (part) => computeTrafficBreakdown(actor, { ...filters, ...part }, dimension),
  );
  const byKey = new Map<string, BreakdownRow>();
  for (const row of parts.flat()) {
    const sum = byKey.get(row.key);
    if (!sum) byKey.set(row.key, { ...row });
    else for (const o of [...OUTCOMES, "total"] as const) sum[o] += row[o];
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}

async function computeTrafficBreakdown(
  actor: Actor,
  filters: TrafficFilters,
  dimension: Dimension,
): Promise<BreakdownRow[]> {
  const db = await readDb();
  const { key, label } = keyOf(dimension, filters.every);
  const source = trafficSource(filters, {
    grain: dimension === "time" ? filters.every : "month",
    ageBand: dimension === "ageBand",
  });
  const rows = await db.$queryRaw<{ key: string; label: string; outcome: OutcomeCode; visits: bigint }[]>`
    SELECT ${key} AS key, ${label} AS label, t.outcome::text AS outcome, sum(t."count")::bigint AS visits
    FROM ${source}
    ${OFFICE_JOINS}
    ${dimension === "service" ? Prisma.sql`JOIN "ServiceCategory" s ON s.code = t."serviceCode"` : Prisma.empty}
    WHERE ${scopeConditions(actor, filters)}
    GROUP BY 1, 2, 3`;
  const byKey = new Map<string, BreakdownRow>();
  for (const r of rows) {
    const row =
      byKey.get(r.key) ??
      ({ key: r.key, label: r.label, total: 0, ...Object.fromEntries(OUTCOMES.map((o) => [o, 0])) } as BreakdownRow);
    row[r.outcome] += Number(r.visits);
    row.total += Number(r.visits);
    byKey.set(r.key, row);
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Share of visits referred and denied in a row (of those that a rule gated). */
export function refusalShares(row: BreakdownRow): { referred: number | null; denied: number | null } {
  const gated = row.total - row.SERVED_NO_REQUIREMENT;
  return gated > 0 ? { referred: row.REFERRED / gated, denied: row.DENIED / gated } : { referred: null, denied: null };
}
