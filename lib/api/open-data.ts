import "server-only";
import { createHash } from "node:crypto";
import { toCsv } from "@/lib/csv";
import { findMonthReleases, lastUpdated, latestPublicMonth, releasesStamp } from "@/lib/data/public-releases";
import { prisma } from "@/lib/db";
import { SUPPRESSED_MARK, SUPPRESSION_THRESHOLD } from "@/lib/stats/suppress";
import { composeTables } from "@/lib/stats/period-tables";
import type { Cell } from "@/lib/stats/suppress-lines";
import { MAX_MONTHS, type OpenDataQuery } from "@/lib/validations/open-data";
import { addMonths, lastDayOf, wibDay, wibToday } from "@/lib/day";

export { lastUpdated };

/** How a hidden number is published, for meta.json and every table's meta. */
export const SUPPRESSED_JSON = {
  json: 'null, and the key listed in the row\'s "suppressed"',
  csv: SUPPRESSED_MARK,
  meaning:
    "disembunyikan: angka di bawah 5, atau angka lain yang disembunyikan untuk melindunginya; tanda ini tidak menyatakan besarnya",
};

export const LICENCE = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" };

/** A row (or the totals) as published: its numbers by column, its total, and the keys of the hidden ones — every hidden number carries the same flag, whatever its size. */
function publishedRow(columns: readonly string[], values: readonly Cell[], total: Cell) {
  return {
    cells: Object.fromEntries(columns.map((c, j) => [c, values[j]])) as Record<string, Cell>,
    total,
    suppressed: [...columns.filter((_, j) => values[j] === null), ...(total === null ? ["total"] : [])],
  };
}
const inCsv = (cell: Cell): number | string => cell ?? SUPPRESSED_MARK;

/**
 * The whole months asked for, defaulting to the latest month that is over and has data;
 * `from` alone gives at most MAX_MONTHS months from it (the cap holds without `to` too).
 */
async function period(query: OpenDataQuery): Promise<{ from: string; to: string }> {
  const latest = (await latestPublicMonth()) ?? addMonths(wibToday().slice(0, 7), -1);
  const fromAsked = query.from?.slice(0, 7);
  const defaultTo = fromAsked ? [latest, addMonths(fromAsked, MAX_MONTHS - 1)].sort()[0] : latest;
  const toMonth = query.to?.slice(0, 7) ?? (fromAsked && fromAsked > defaultTo ? fromAsked : defaultTo);
  const fromMonth = fromAsked ?? toMonth;
  return { from: `${fromMonth}-01`, to: lastDayOf(toMonth) };
}

/** The open traffic table for a query, suppressed: rows, outcome columns and totals. */
export async function openTrafficTable(query: OpenDataQuery) {
  const { from, to } = await period(query);
  const safe = composeTables(
    (await findMonthReleases(from.slice(0, 7), to.slice(0, 7))).map((tables) => tables[query.by]),
  );
  const labels =
    query.by === "kecamatan"
      ? Object.fromEntries((await prisma.kecamatan.findMany()).map((k) => [k.code, k.name]))
      : {};
  return {
    meta: {
      from,
      to,
      by: query.by,
      suppressionThreshold: SUPPRESSION_THRESHOLD,
      suppressed: SUPPRESSED_JSON,
      lastUpdated: await lastUpdated(),
      licence: LICENCE,
    },
    columns: safe.columns,
    rows: safe.rows.map((key, i) => ({
      key,
      ...(labels[key] ? { label: labels[key] } : {}),
      ...publishedRow(safe.columns, safe.cells[i], safe.rowTotals[i]),
    })),
    totals: publishedRow(safe.columns, safe.columnTotals, safe.total),
  };
}

/** The same table as CSV: key,label,<outcomes…>,total and a final TOTAL row. */
export function openTrafficCsv(data: Awaited<ReturnType<typeof openTrafficTable>>): string {
  return toCsv(
    ["key", "label", ...data.columns, "total"],
    [
      ...data.rows.map((r) => [r.key, r.label ?? "", ...data.columns.map((c) => inCsv(r.cells[c])), inCsv(r.total)]),
      ["TOTAL", "", ...data.columns.map((c) => inCsv(data.totals.cells[c])), inCsv(data.totals.total)],
    ],
  );
}

const etagOf = (body: string) => `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;

/** A cacheable response with an ETag; 304 when the client already has this body. */
export function cachedResponse(request: Request, body: string, contentType: string, etag = etagOf(body)): Response {
  const headers = {
    "Content-Type": contentType,
    ETag: etag,
    "Cache-Control": "public, max-age=300",
    "Access-Control-Allow-Origin": "*",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}

/** Bodies made for the current releases, by format and query; dropped as soon as any release changes. */
const bodies = new Map<string, { body: string; etag: string }>();
let bodiesStamp = "";
const MAX_BODIES = 500;

/**
 * The open-data body for a query, made once per release state: the tables are frozen per
 * revision, so the same query gets the same bytes until a month is released anew.
 */
export async function openDataBody(
  query: OpenDataQuery,
  format: "json" | "csv",
): Promise<{ body: string; etag: string }> {
  // The default period moves when a month ends, even if no revision does.
  const stamp = `${wibDay(new Date()).slice(0, 7)}|${await releasesStamp()}`;
  if (stamp !== bodiesStamp || bodies.size > MAX_BODIES) {
    bodies.clear();
    bodiesStamp = stamp;
  }
  const key = `${format}|${query.from ?? ""}|${query.to ?? ""}|${query.by}`;
  const known = bodies.get(key);
  if (known !== undefined) return known;
  const table = await openTrafficTable(query);
  const body = format === "json" ? JSON.stringify(table) : openTrafficCsv(table);
  const made = { body, etag: etagOf(body) };
  bodies.set(key, made);
  return made;
}
