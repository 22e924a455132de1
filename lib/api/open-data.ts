import "server-only";
import { createHash } from "node:crypto";
import { toCsv } from "@/lib/csv";
import { findOpenTrafficTable, type OpenTrafficTable } from "@/lib/data/open-data";
import { releasesStamp } from "@/lib/data/public-releases";
import { thisMonth } from "@/lib/clock";
import { SUPPRESSED_MARK } from "@/lib/stats/suppress";
import type { Cell } from "@/lib/stats/suppress-lines";
import type { OpenDataQuery } from "@/lib/validations/open-data";

const inCsv = (cell: Cell): number | string => cell ?? SUPPRESSED_MARK;

/**
 * The same table as CSV: key,label,<outcomes…>,total and a TOTAL row; with late-reported
 * visits, a LATE row and TOTAL_WITH_LATE (the grand total with them) after it.
 */
export function openTrafficCsv(data: OpenTrafficTable): string {
  const { late: row, totalWithLate = null } = data;
  const late = row
    ? [
        ["LATE", row.label, ...data.columns.map((c) => inCsv(row.cells[c])), inCsv(row.total)],
        ["TOTAL_WITH_LATE", "", ...data.columns.map(() => ""), inCsv(totalWithLate)],
      ]
    : [];
  return toCsv(
    ["key", "label", ...data.columns, "total"],
    [
      ...data.rows.map((r) => [r.key, r.label ?? "", ...data.columns.map((c) => inCsv(r.cells[c])), inCsv(r.total)]),
      ["TOTAL", "", ...data.columns.map((c) => inCsv(data.totals.cells[c])), inCsv(data.totals.total)],
      ...late,
    ],
  );
}

const etagOf = (body: string) => `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;

/**
 * A cacheable response with an ETag; 304 when the client already has this body. With a
 * `filename`, browsers save it under that name instead of showing the bytes as text.
 */
export function cachedResponse(
  request: Request,
  body: string,
  contentType: string,
  etag = etagOf(body),
  filename?: string,
): Response {
  const headers = {
    "Content-Type": contentType,
    ETag: etag,
    "Cache-Control": "public, max-age=300",
    "Access-Control-Allow-Origin": "*",
    ...(filename ? { "Content-Disposition": `attachment; filename="${filename}"` } : {}),
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}

/** Bodies made for the current releases, by format and query; dropped as soon as any release changes. */
type OpenDataBody = { body: string; etag: string; filename: string };
const bodies = new Map<string, OpenDataBody>();
let bodiesStamp = "";
const MAX_BODIES = 500;

/**
 * The open-data body for a query, made once per release state: the tables are frozen per
 * revision, so the same query gets the same bytes until a month is released anew.
 */
export async function openDataBody(query: OpenDataQuery, format: "json" | "csv"): Promise<OpenDataBody> {
  // The default period moves when a month ends, even if no revision does.
  const stamp = `${thisMonth()}|${await releasesStamp()}`;
  if (stamp !== bodiesStamp || bodies.size > MAX_BODIES) {
    bodies.clear();
    bodiesStamp = stamp;
  }
  const key = `${format}|${query.from ?? ""}|${query.to ?? ""}|${query.by}|${query.version ?? ""}`;
  const known = bodies.get(key);
  if (known !== undefined) return known;
  const table = await findOpenTrafficTable(query);
  const body = format === "json" ? JSON.stringify(table) : openTrafficCsv(table);
  const { by, from, to, version } = table.meta;
  const filename = `sigap-kunjungan-${by}-${from}-${to}${version === undefined ? "" : `-v${version}`}.${format}`;
  const made = { body, etag: etagOf(body), filename };
  bodies.set(key, made);
  return made;
}
