import "server-only";
import { findMonthReleases, findReleaseVersion, lastUpdated, latestPublicMonth } from "@/lib/data/public-releases";
import { publicDb } from "@/lib/read-db";
import { thisMonth } from "@/lib/clock";
import { addDays, addMonths, lastDayOf, type Day } from "@/lib/day";
import { formatDay, formatDayRange, formatMonth } from "@/lib/format";
import { composeLate, composeTables } from "@/lib/stats/period-tables";
import { SUPPRESSED_MARK, SUPPRESSION_THRESHOLD } from "@/lib/stats/suppress";
import type { Cell } from "@/lib/stats/suppress-lines";
import { MAX_MONTHS, type OpenDataQuery } from "@/lib/validations/open-data";

// The open traffic tables, read from the stored releases: what the open-data API serves
// and the transparency page shows.

/** How a hidden number is published, for meta.json and every table's meta. */
export const SUPPRESSED_JSON = {
  json: 'null, and the key listed in the row\'s "suppressed"',
  csv: SUPPRESSED_MARK,
  meaning:
    "disembunyikan: angka 1 sampai 4, atau angka lain yang disembunyikan untuk melindunginya; tanda ini tidak menyatakan besarnya",
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

/**
 * The whole months asked for, defaulting to the latest month that is over and has data;
 * `from` alone gives at most MAX_MONTHS months from it (the cap holds without `to` too).
 */
async function period(query: OpenDataQuery): Promise<{ from: string; to: string }> {
  const latest = (await latestPublicMonth()) ?? addMonths(thisMonth(), -1);
  const fromAsked = query.from?.slice(0, 7);
  const defaultTo = fromAsked ? [latest, addMonths(fromAsked, MAX_MONTHS - 1)].sort()[0] : latest;
  const toMonth = query.to?.slice(0, 7) ?? (fromAsked && fromAsked > defaultTo ? fromAsked : defaultTo);
  const fromMonth = fromAsked ?? toMonth;
  return { from: `${fromMonth}-01`, to: lastDayOf(toMonth) };
}

/**
 * Each row's words beside its key, in Indonesian like the rest of the open data: a day
 * "10 Feb 2022", a week its days within the period "31 Jan – 6 Feb 2022", a month "Feb 2022",
 * a kecamatan or a service its name, the outcome table's one row "Semua kunjungan".
 */
async function rowLabels(by: OpenDataQuery["by"], period: { from: Day; to: Day }) {
  const db = await publicDb();
  const names = new Map<string, string>(
    by === "kecamatan"
      ? (await db.kecamatan.findMany()).map((k) => [k.code, k.name])
      : by === "service"
        ? (await db.serviceCategory.findMany()).map((s) => [s.code, s.nameId])
        : [],
  );
  const label = (key: string): string => {
    if (by === "day") return formatDay(key);
    if (by === "week") {
      const from = key < period.from ? period.from : key;
      const to = addDays(key, 6) > period.to ? period.to : addDays(key, 6);
      return from === to ? formatDay(from) : formatDayRange(from, to);
    }
    if (by === "month") return formatMonth(key);
    if (by === "outcome") return "Semua kunjungan";
    return names.get(key) ?? key;
  };
  return label;
}

/** The open traffic table for a query, suppressed: rows, outcome columns and totals. */
export async function findOpenTrafficTable(query: OpenDataQuery) {
  const { from, to } = await period(query);
  const releases =
    query.version === undefined
      ? await findMonthReleases(from.slice(0, 7), to.slice(0, 7))
      : [(await findReleaseVersion(from.slice(0, 7), query.version)).tables];
  const safe = composeTables(releases.map((tables) => tables[query.by]));
  const late = composeLate(releases);
  const labels = await rowLabels(query.by, { from, to });
  return {
    meta: {
      from,
      to,
      by: query.by,
      ...(query.version === undefined ? {} : { version: query.version }),
      suppressionThreshold: SUPPRESSION_THRESHOLD,
      suppressed: SUPPRESSED_JSON,
      lastUpdated: await lastUpdated(),
      licence: LICENCE,
    },
    columns: safe.columns,
    rows: safe.rows.map((key, i) => ({
      key,
      label: labels(key),
      ...publishedRow(safe.columns, safe.cells[i], safe.rowTotals[i]),
    })),
    totals: publishedRow(safe.columns, safe.columnTotals, safe.total),
    // Visits reported after a month's first version, when a revision could only publish them
    // coarsened: by outcome, not in any row above, and not in the totals.
    ...(late && {
      late: { label: LATE_ROW_LABEL, ...publishedRow(safe.columns, late.cells, late.total) },
      totalWithLate: late.withLate,
    }),
  };
}

/** The late row's words, in Indonesian like the rest of the open data. */
export const LATE_ROW_LABEL = "Dilaporkan terlambat (tanpa hari, kecamatan dan layanan; tidak termasuk dalam jumlah)";

export type OpenTrafficTable = Awaited<ReturnType<typeof findOpenTrafficTable>>;
