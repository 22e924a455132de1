import { describe, expect, it } from "vitest";
import type { PublishedTable } from "@/lib/stats/suppress-table";
import { findMonthCubes } from "@/lib/data/traffic-table";
import { composeTables, type PeriodGrouping, type PeriodTables } from "@/lib/stats/period-tables";
import { unsuppressed } from "@/test/month-truth";
import {
  attack,
  cellName,
  columnTotalName,
  combine,
  rowTotalName,
  solverAttack,
  tableKnowledge,
  totalName,
  type Equation,
} from "@/test/suppression-attacker";
import { GET as csvGet } from "./traffic.csv/route";
import { GET as jsonGet } from "./traffic.json/route";
import { GET as metaGet } from "./meta.json/route";
import { prisma } from "@/lib/db";
import { forgetMonthStates } from "@/lib/data/public-releases";
import type { Prisma } from "@/lib/generated/prisma/client";

const get = (handler: (r: Request) => Promise<Response>, query = "", headers: Record<string, string> = {}) =>
  handler(new Request(`http://localhost/api/v1/open-data/x${query}`, { headers }));

type Row = { cells: Record<string, number | null>; total: number | null; suppressed: string[] };
type Table = { meta: { from: string; to: string }; columns: string[]; rows: (Row & { key: string })[]; totals: Row };

/**
 * Stores the next version of a month as publishRevision would (the same tables, the audit with
 * `audit` added); returns the version it follows.
 */
async function storeNextVersion(month: string, audit: object = {}) {
  const latest = await prisma.publicRelease.findFirstOrThrow({ where: { month }, orderBy: { version: "desc" } });
  await prisma.publicRelease.create({
    data: {
      ...latest,
      version: latest.version + 1,
      tables: latest.tables as Prisma.InputJsonValue,
      cube: latest.cube as Prisma.InputJsonValue,
      audit: { ...(latest.audit as object), ...audit },
    },
  });
  forgetMonthStates();
  return latest;
}

describe("open data", () => {
  it("publishes every kecamatan, even one without visits", async () => {
    const table = (await (await get(jsonGet, "?by=kecamatan&from=2022-02-01&to=2022-02-28")).json()) as Table;
    expect(table.rows.map((r) => r.key)).toEqual(
      Array.from({ length: 12 }, (_, i) => `32.75.${String(i + 1).padStart(2, "0")}`),
    );
  });

  it("publishes visits by day and outcome with every hidden number as null, flagged the same way whatever its size", async () => {
    const response = await get(jsonGet, "?by=day&from=2022-01-01&to=2022-01-31");
    expect(response.status).toBe(200);
    const table = (await response.json()) as Table;
    expect(table.rows).toHaveLength(31);
    // Sundays are closed: their zeros are shown, with nothing suppressed.
    expect(table.rows.find((r) => r.key === "2022-01-02")).toMatchObject({ total: 0, suppressed: [] });
    const values = table.rows.flatMap((r) => [...Object.values(r.cells), r.total]);
    expect(values.some((v) => v === null)).toBe(true);
    for (const v of values) if (v !== null) expect(v === 0 || v >= 5, `shown ${v}`).toBe(true);
    for (const r of [...table.rows, table.totals]) {
      const hidden = [...Object.entries(r.cells), ["total", r.total] as const]
        .filter(([, v]) => v === null)
        .map(([k]) => k);
      expect(r.suppressed.sort()).toEqual(hidden.sort());
    }
  });

  it("leaves no row or column with exactly one hidden cell next to its published total", async () => {
    for (const by of ["day", "week", "kecamatan", "service", "outcome"]) {
      const table = (await (await get(jsonGet, `?by=${by}&from=2022-02-01&to=2022-02-28`)).json()) as Table;
      for (const row of table.rows) {
        const hidden = Object.values(row.cells).filter((v) => v === null).length;
        if (row.total !== null) expect(hidden, `${by} ${row.key}`).not.toBe(1);
      }
      for (const column of table.columns) {
        const hidden = table.rows.filter((r) => r.cells[column] === null).length;
        if (table.totals.cells[column] !== null) expect(hidden, `${by} ${column}`).not.toBe(1);
      }
    }
  });

  it("publishes whole months that are over, and refuses any other period naming the parameter", async () => {
    const table = (await (await get(jsonGet, "?by=outcome")).json()) as Table;
    expect(table.meta).toMatchObject({ from: "2022-02-01", to: "2022-02-28" });
    for (const [query, field] of [
      ["?from=2022-02-02&to=2022-02-28", "from"],
      ["?from=2022-02-01&to=2022-02-27", "to"],
      ["?to=2022-02-27", "to"],
      [`?from=${new Date().toISOString().slice(0, 7)}-01`, "from"],
      ["?from=2021-09-01&to=2022-09-30", "to"],
    ]) {
      const response = await get(jsonGet, query);
      expect(response.status, query).toBe(422);
      expect(Object.keys((await response.json()).error.fieldErrors), query).toEqual([field]);
    }
  });

  it("lets no attacker work out a small count from overlapping periods and from every table of a month", async () => {
    const fetchTable = async (by: string, from: string, to: string) => {
      const json = (await (await get(jsonGet, `?by=${by}&from=${from}&to=${to}`)).json()) as Table;
      const published: PublishedTable = {
        rows: json.rows.map((r) => r.key),
        columns: json.columns,
        cells: json.rows.map((r) => json.columns.map((c) => r.cells[c])),
        rowTotals: json.rows.map((r) => r.total),
        columnTotals: json.columns.map((c) => json.totals.cells[c]),
        total: json.totals.total,
      };
      return published;
    };
    const periods = {
      jan: ["2022-01-01", "2022-01-31"],
      feb: ["2022-02-01", "2022-02-28"],
      both: ["2022-01-01", "2022-02-28"],
    } as const;
    const groupings = ["day", "week", "month", "kecamatan", "service", "outcome"];
    const tables = new Map<string, PublishedTable>();
    for (const [name, [from, to]] of Object.entries(periods))
      for (const by of groupings) tables.set(`${name}:${by}`, await fetchTable(by, from, to));
    const t = (name: string) => tables.get(name)!;
    // Everything the attacker knows ties together: tables of one period share their outcome
    // totals; weeks are sums of days; the Jan–Feb tables are sums of the two months.
    const equations: Equation[] = [];
    for (const period of Object.keys(periods)) {
      for (const by of groupings.slice(1)) {
        for (const c of t(`${period}:day`).columns)
          equations.push({ sum: columnTotalName(`${period}:day`, c), parts: [columnTotalName(`${period}:${by}`, c)] });
        equations.push({ sum: totalName(`${period}:day`), parts: [totalName(`${period}:${by}`)] });
      }
      const days = t(`${period}:day`).rows;
      for (const week of t(`${period}:week`).rows) {
        const inWeek = days.filter((d) => d >= week && Date.parse(d) < Date.parse(week) + 7 * 86_400_000);
        for (const c of t(`${period}:week`).columns)
          equations.push({
            sum: cellName(`${period}:week`, week, c),
            parts: inWeek.map((d) => cellName(`${period}:day`, d, c)),
          });
        equations.push({
          sum: rowTotalName(`${period}:week`, week),
          parts: inWeek.map((d) => rowTotalName(`${period}:day`, d)),
        });
      }
    }
    for (const by of groupings) {
      for (const row of t(`both:${by}`).rows) {
        const months = ["jan", "feb"].filter((m) => t(`${m}:${by}`).rows.includes(row));
        for (const c of t(`both:${by}`).columns)
          equations.push({
            sum: cellName(`both:${by}`, row, c),
            parts: months.map((m) => cellName(`${m}:${by}`, row, c)),
          });
        equations.push({
          sum: rowTotalName(`both:${by}`, row),
          parts: months.map((m) => rowTotalName(`${m}:${by}`, row)),
        });
      }
    }
    const knowledge = combine(...[...tables].map(([id, table]) => tableKnowledge(id, table)), {
      known: new Map(),
      equations,
    });
    expect([...knowledge.known.values()].length).toBeGreaterThan(500);
    for (const [name, value] of attack(knowledge)) expect(value, name).toBeGreaterThanOrEqual(5);
    // The solver: with whole numbers, each hidden one ≥ 1, no hidden count of visits narrows below five values.
    const cubes = await findMonthCubes("2022-01", "2022-02");
    const months = cubes.map((cube) => unsuppressed(cube));
    const truth = new Map<string, PublishedTable>();
    for (const by of groupings) {
      truth.set(`jan:${by}`, months[0][by as PeriodGrouping]);
      truth.set(`feb:${by}`, months[1][by as PeriodGrouping]);
      truth.set(`both:${by}`, composeTables([months[0][by as PeriodGrouping], months[1][by as PeriodGrouping]]));
    }
    const actual = combine(...[...truth].map(([id, table]) => tableKnowledge(id, table))).known;
    const intervals = await solverAttack(knowledge);
    expect(intervals.size).toBeGreaterThan(50);
    // A Jan–Feb number is hidden when a month hides its part; when that part is a zero proven
    // zero, the sum is just the other month's published number: nothing is disclosed.
    const hiddenPartsAreZero = (name: string) =>
      ["jan", "feb"]
        .map((m) => name.replace(/^both:/, `${m}:`))
        .every((part) => knowledge.known.has(part) || actual.get(part) === 0);
    for (const [name, { lo, hi }] of intervals) {
      const value = actual.get(name)!;
      expect(value >= lo && value <= hi, `${name}=${value} within [${lo}, ${hi}]`).toBe(true);
      if (value > 0 && !(name.startsWith("both:") && hiddenPartsAreZero(name)))
        expect(hi - lo, `${name}=${value} narrowed to [${lo}, ${hi}]`).toBeGreaterThanOrEqual(4);
    }
    // The Sunday zeros are shown: nobody is in them, and hiding them hid a weekday beside each.
    expect(t("feb:day").cells[t("feb:day").rows.indexOf("2022-02-06")].every((c) => c === 0)).toBe(true);
  });

  it("serves the same table as CSV, with ETag and 304 for a client that has it", async () => {
    const first = await get(csvGet, "?by=service&from=2022-02-01&to=2022-02-28");
    expect(first.headers.get("content-type")).toContain("text/csv");
    expect(first.headers.get("cache-control")).toContain("max-age");
    const csv = await first.text();
    expect(csv.split("\r\n")[0]).toBe(
      "key,label,SERVED_VACCINATED,SERVED_EXEMPT,SERVED_NO_REQUIREMENT,REFERRED,DENIED,total",
    );
    // Saved under a name that says what it is, not shown as raw text.
    expect(first.headers.get("content-disposition")).toBe(
      'attachment; filename="sigap-kunjungan-service-2022-02-01-2022-02-28.csv"',
    );
    // Every row says in words what its key is: a service by its name, a day, a week.
    expect(csv.split("\r\n")[1]).toMatch(/^[A-Z_]+,"?[A-Z][a-z]/);
    const days = (await (await get(csvGet, "?by=day&from=2022-02-01&to=2022-02-28")).text()).split("\r\n");
    expect(days[1].split(",").slice(0, 2)).toEqual(["2022-02-01", "1 Feb 2022"]);
    const weeks = (await (await get(csvGet, "?by=week&from=2022-02-01&to=2022-02-28")).text()).split("\r\n");
    expect(weeks[1].split(",").slice(0, 2)).toEqual(["2022-01-31", "1–6 Feb 2022"]);
    const again = await get(csvGet, "?by=service&from=2022-02-01&to=2022-02-28", {
      "If-None-Match": first.headers.get("etag")!,
    });
    expect(again.status).toBe(304);
  });

  it("refuses bad parameters with 422 naming them", async () => {
    const response = await get(jsonGet, "?by=nik&from=kemarin");
    expect(response.status).toBe(422);
    expect(Object.keys((await response.json()).error.fieldErrors).sort()).toEqual(["by", "from"]);
    // Not a date, or before the circular: named, never a 500, never a scan of centuries.
    for (const [query, field] of [
      ["?from=x", "from"],
      ["?to=x", "to"],
      ["?to=2022-13-45", "to"],
      ["?from=0001-01-01", "from"],
      ["?to=2021-08-31", "to"],
    ]) {
      const refused = await get(jsonGet, query);
      expect(refused.status, query).toBe(422);
      expect(Object.keys((await refused.json()).error.fieldErrors), query).toEqual([field]);
    }
  });

  it("gives at most twelve months when only from is given", async () => {
    const table = (await (await get(jsonGet, "?by=month&from=2021-09-01")).json()) as Table;
    expect(table.meta.from).toBe("2021-09-01");
    expect(table.rows.length).toBeLessThanOrEqual(12);
    expect(table.meta.to <= "2022-08-31").toBe(true);
  });

  it("describes itself: last updated, definitions, licence", async () => {
    const meta = await (await get(metaGet)).json();
    expect(meta).toMatchObject({
      licence: { name: "CC BY 4.0" },
      suppressionThreshold: 5,
      definitions: { outcomes: { REFERRED: expect.any(String) } },
    });
    expect(Date.parse(meta.lastUpdated)).not.toBeNaN();
    // Each released month with its version and its audit (the solver found nothing narrower than five values).
    const february = meta.releases.find((r: { month: string }) => r.month === "2022-02");
    expect(february).toMatchObject({
      version: expect.any(Number),
      audit: { solver: expect.stringContaining("HiGHS") },
    });
    expect(february.audit.narrowest === null || february.audit.narrowest >= 5).toBe(true);
  });

  it("tells no one how many late visits a revision added: that difference is what the audit protects", async () => {
    // A revision of October 2021 as publishRevision stores it: its audit knows the 3 late visits.
    const v1 = await storeNextVersion("2021-10", { revisionRounds: 1, lateEvents: 3 });
    const text = await (await get(metaGet)).text();
    const october = (
      JSON.parse(text) as { releases: { month: string; version: number; audit: object }[] }
    ).releases.find((r) => r.month === "2021-10" && r.version === v1.version + 1);
    expect(october?.audit).toMatchObject({ solver: expect.stringContaining("HiGHS"), revisionRounds: 1 });
    expect(text).not.toContain("lateEvents");
  });

  it("keeps every version of a month downloadable, listed with its address in meta.json", async () => {
    const month = "2021-11";
    const first = await prisma.publicRelease.findFirstOrThrow({ where: { month }, orderBy: { version: "asc" } });
    // A later version, as a revision stores it (the same tables: other test files read this month too).
    const latest = await storeNextVersion(month);
    const period = `?from=${month}-01&to=${month}-30&by=day`;
    const served = async (query: string) =>
      (await (await get(jsonGet, query)).json()) as Table & { meta: { version?: number } };

    const v1 = await served(`${period}&version=${first.version}`);
    expect(v1.meta.version).toBe(first.version);
    expect(v1.totals.total).toBe((first.tables as unknown as PeriodTables).day.total);
    // Without a version: the latest of each month, and no version named.
    expect((await served(period)).meta.version).toBeUndefined();

    const meta = JSON.parse(await (await get(metaGet)).text()) as {
      releases: { month: string; version: number; download: string }[];
    };
    const versions = meta.releases.filter((r) => r.month === month);
    expect(versions.map((r) => r.version).sort()).toEqual(Array.from({ length: latest.version + 1 }, (_, i) => i + 1));
    for (const { download } of versions)
      expect((await jsonGet(new Request(`http://localhost${download}`))).status).toBe(200);

    const refused = async (query: string) => {
      const response = await get(jsonGet, query);
      return { status: response.status, body: await response.text() };
    };
    expect(await refused(`${period}&version=99`)).toMatchObject({
      status: 404,
      body: expect.stringContaining("versi 99"),
    });
    expect(await refused(`?from=2021-10-01&to=${month}-30&version=1`)).toMatchObject({
      status: 422,
      body: expect.stringContaining("version"),
    });
    expect((await refused(`${period}&version=1e0`)).status).toBe(422);
  });
});
