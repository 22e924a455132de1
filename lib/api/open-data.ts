import "server-only";
import { createHash } from "node:crypto";
import { toCsv } from "@/lib/csv";
import { findTrafficTable, latestTrafficDay } from "@/lib/data/traffic-table";
import { prisma } from "@/lib/db";
import { SUPPRESSION_THRESHOLD } from "@/lib/stats/suppress";
import { suppressTable, type Cell } from "@/lib/stats/suppress-table";
import type { OpenDataQuery } from "@/lib/validations/open-data";

export const LICENCE = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" };
const DEFAULT_DAYS = 28;

/** A suppressed count as published: the number, or "<5". */
function published(cell: Cell): number | string {
  return cell === null ? `<${SUPPRESSION_THRESHOLD}` : cell;
}

/** The period asked for, defaulting to the last 28 days of data. */
async function period(query: OpenDataQuery): Promise<{ from: string; to: string }> {
  const latest = (await latestTrafficDay()) ?? new Date().toISOString().slice(0, 10);
  const to = query.to ?? latest;
  const from = query.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

/** When the published numbers last changed: the newest stored visit event or rollup day. */
export async function lastUpdated(): Promise<string | null> {
  const latest = await prisma.visitEvent.aggregate({ _max: { receivedAt: true } });
  return latest._max.receivedAt?.toISOString() ?? (await latestTrafficDay());
}

/** The open traffic table for a query, suppressed: rows, outcome columns and totals. */
export async function openTrafficTable(query: OpenDataQuery) {
  const { from, to } = await period(query);
  const table = await findTrafficTable({ from, to, by: query.by });
  const safe = suppressTable(table);
  return {
    meta: { from, to, by: query.by, suppressionThreshold: SUPPRESSION_THRESHOLD, lastUpdated: await lastUpdated(), licence: LICENCE },
    columns: safe.columns,
    rows: safe.rows.map((key, i) => ({
      key,
      ...(table.labels[key] ? { label: table.labels[key] } : {}),
      cells: Object.fromEntries(safe.columns.map((c, j) => [c, published(safe.cells[i][j])])),
      total: published(safe.rowTotals[i]),
    })),
    totals: Object.fromEntries([
      ...safe.columns.map((c, j) => [c, published(safe.columnTotals[j])] as const),
      ["total", published(safe.total)] as const,
    ]) as Record<string, number | string>,
  };
}

/** The same table as CSV: key,label,<outcomes…>,total and a final TOTAL row. */
export function openTrafficCsv(data: Awaited<ReturnType<typeof openTrafficTable>>): string {
  return toCsv(
    ["key", "label", ...data.columns, "total"],
    [
      ...data.rows.map((r) => [r.key, r.label ?? "", ...data.columns.map((c) => r.cells[c]), r.total]),
      ["TOTAL", "", ...data.columns.map((c) => data.totals[c]), data.totals.total],
    ],
  );
}

/** A cacheable response with an ETag; 304 when the client already has this body. */
export function cachedResponse(request: Request, body: string, contentType: string): Response {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = { "Content-Type": contentType, ETag: etag, "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
