import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PeriodTables } from "@/lib/stats/period-tables";
import { BUSY_MONTH_VISITS, GOAL_SHOWN, shownShare, tableUtility, type TableUtility } from "@/lib/stats/utility";
import type { Row } from "../bench/report";

// The open data's utility figure, beside its privacy figure: the share of every published
// version's numbers that is shown, table by table (lib/stats/utility.ts). Suppression hides;
// there is no perturbation, so published numbers are exact (mean absolute difference 0).

export type VersionUtility = { month: string; version: number; visits: number; shown: number; tables: TableUtility[] };

/** The utility of every published version of every month, oldest month first. */
export async function measureUtility(prisma: PrismaClient): Promise<VersionUtility[]> {
  const releases = await prisma.publicRelease.findMany({
    select: { month: true, version: true, visits: true, tables: true },
    orderBy: [{ month: "asc" }, { version: "asc" }],
  });
  return releases.map((r) => {
    const tables = r.tables as unknown as PeriodTables;
    return {
      month: r.month,
      version: r.version,
      visits: r.visits,
      shown: shownShare(tables),
      tables: tableUtility(tables),
    };
  });
}

/** The least share shown among busy months' versions (100 % when there is none), with its goal. */
export function utilityRow(utility: readonly VersionUtility[]): Row & { goal: { valueAtLeast: number } } {
  const busy = utility.filter((u) => u.visits >= BUSY_MONTH_VISITS).map((u) => u.shown);
  return {
    what: `open data: numbers shown, least of the months ≥ ${BUSY_MONTH_VISITS.toLocaleString("en")} visits`,
    value: 100 * Math.min(1, ...busy),
    unit: "%",
    goal: { valueAtLeast: 100 * GOAL_SHOWN },
  };
}

const percent = (share: number) => `${(100 * share).toFixed(1)} %`;

/** The utility as a Markdown table: one row per version, hidden/numbers per table. */
export function utilityTable(utility: readonly VersionUtility[]): string {
  const lines = [
    "| month | version | visits | shown | day | week | kecamatan | service |",
    "|---|---:|---:|---:|---|---|---|---|",
  ];
  for (const u of utility)
    lines.push(
      `| ${u.month} | ${u.version} | ${u.visits.toLocaleString("en")} | ${percent(u.shown)} | ${u.tables.map((t) => `${t.numbers - t.shown}/${t.numbers} hidden`).join(" | ")} |`,
    );
  return lines.join("\n");
}
