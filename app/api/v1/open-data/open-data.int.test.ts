import { describe, expect, it } from "vitest";
import type { PublishedTable } from "@/lib/stats/suppress-table";
import { attack, cellName, columnTotalName, combine, rowTotalName, tableKnowledge, totalName, type Equation } from "@/test/suppression-attacker";
import { GET as csvGet } from "./traffic.csv/route";
import { GET as jsonGet } from "./traffic.json/route";
import { GET as metaGet } from "./meta.json/route";

const get = (handler: (r: Request) => Promise<Response>, query = "", headers: Record<string, string> = {}) =>
  handler(new Request(`http://localhost/api/v1/open-data/x${query}`, { headers }));

type Table = {
  meta: { from: string; to: string };
  columns: string[];
  rows: { key: string; cells: Record<string, number | string>; total: number | string }[];
  totals: Record<string, number | string>;
};

describe("open data", () => {
  it("publishes every kecamatan, even one without visits", async () => {
    const table = (await (await get(jsonGet, "?by=kecamatan&from=2022-02-01&to=2022-02-28")).json()) as Table;
    expect(table.rows.map((r) => r.key)).toEqual(Array.from({ length: 12 }, (_, i) => `32.75.${String(i + 1).padStart(2, "0")}`));
  });

  it("publishes visits by day and outcome with every small count shown as <5", async () => {
    const response = await get(jsonGet, "?by=day&from=2022-02-01&to=2022-02-28");
    expect(response.status).toBe(200);
    const table = (await response.json()) as Table;
    expect(table.rows).toHaveLength(28);
    // Sundays are closed: their zeros are small counts too.
    expect(table.rows.find((r) => r.key === "2022-02-06")?.total).toBe("<5");
    const values = table.rows.flatMap((r) => [...Object.values(r.cells), r.total]);
    expect(values.some((v) => v === "<5")).toBe(true);
    for (const v of values) if (typeof v === "number") expect(v).toBeGreaterThanOrEqual(5);
  });

  it("leaves no row or column with exactly one hidden cell next to its published total", async () => {
    for (const by of ["day", "week", "kecamatan", "service", "outcome"]) {
      const table = (await (await get(jsonGet, `?by=${by}&from=2022-02-01&to=2022-02-28`)).json()) as Table;
      for (const row of table.rows) {
        const hidden = Object.values(row.cells).filter((v) => v === "<5").length;
        if (row.total !== "<5") expect(hidden, `${by} ${row.key}`).not.toBe(1);
      }
      for (const column of table.columns) {
        const hidden = table.rows.filter((r) => r.cells[column] === "<5").length;
        if (table.totals[column] !== "<5") expect(hidden, `${by} ${column}`).not.toBe(1);
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
      ["?from=2021-01-01&to=2022-02-28", "to"],
    ]) {
      const response = await get(jsonGet, query);
      expect(response.status, query).toBe(422);
      expect(Object.keys((await response.json()).error.fieldErrors), query).toEqual([field]);
    }
  });

  it("lets no attacker work out a small count from overlapping periods and from every table of a month", async () => {
    const fetchTable = async (by: string, from: string, to: string) => {
      const json = (await (await get(jsonGet, `?by=${by}&from=${from}&to=${to}`)).json()) as Table;
      const value = (v: number | string) => (typeof v === "number" ? v : null);
      const published: PublishedTable = {
        rows: json.rows.map((r) => r.key),
        columns: json.columns,
        cells: json.rows.map((r) => json.columns.map((c) => value(r.cells[c]))),
        rowTotals: json.rows.map((r) => value(r.total)),
        columnTotals: json.columns.map((c) => value(json.totals[c])),
        total: value(json.totals.total),
      };
      return published;
    };
    const periods = { jan: ["2022-01-01", "2022-01-31"], feb: ["2022-02-01", "2022-02-28"], both: ["2022-01-01", "2022-02-28"] } as const;
    const groupings = ["day", "week", "month", "kecamatan", "service", "outcome"];
    const tables = new Map<string, PublishedTable>();
    for (const [name, [from, to]] of Object.entries(periods)) for (const by of groupings) tables.set(`${name}:${by}`, await fetchTable(by, from, to));
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
          equations.push({ sum: cellName(`${period}:week`, week, c), parts: inWeek.map((d) => cellName(`${period}:day`, d, c)) });
        equations.push({ sum: rowTotalName(`${period}:week`, week), parts: inWeek.map((d) => rowTotalName(`${period}:day`, d)) });
      }
    }
    for (const by of groupings) {
      for (const row of t(`both:${by}`).rows) {
        const months = ["jan", "feb"].filter((m) => t(`${m}:${by}`).rows.includes(row));
        for (const c of t(`both:${by}`).columns)
          equations.push({ sum: cellName(`both:${by}`, row, c), parts: months.map((m) => cellName(`${m}:${by}`, row, c)) });
        equations.push({ sum: rowTotalName(`both:${by}`, row), parts: months.map((m) => rowTotalName(`${m}:${by}`, row)) });
      }
    }
    const knowledge = combine(...[...tables].map(([id, table]) => tableKnowledge(id, table)), { known: new Map(), equations });
    expect([...knowledge.known.values()].length).toBeGreaterThan(500);
    for (const [name, value] of attack(knowledge)) expect(value, name).toBeGreaterThanOrEqual(5);
    // The Sunday zeros are hidden, and so is the Jan–Feb sum of any row a month hides.
    expect(t("feb:day").cells[t("feb:day").rows.indexOf("2022-02-06")].every((c) => c === null)).toBe(true);
  });

  it("serves the same table as CSV, with ETag and 304 for a client that has it", async () => {
    const first = await get(csvGet, "?by=service&from=2022-02-01&to=2022-02-28");
    expect(first.headers.get("content-type")).toContain("text/csv");
    expect(first.headers.get("cache-control")).toContain("max-age");
    const csv = await first.text();
    expect(csv.split("\r\n")[0]).toBe("key,label,SERVED_VACCINATED,SERVED_EXEMPT,SERVED_NO_REQUIREMENT,REFERRED,DENIED,total");
    const again = await get(csvGet, "?by=service&from=2022-02-01&to=2022-02-28", { "If-None-Match": first.headers.get("etag")! });
    expect(again.status).toBe(304);
  });

  it("refuses bad parameters with 422 naming them", async () => {
    const response = await get(jsonGet, "?by=nik&from=kemarin");
    expect(response.status).toBe(422);
    expect(Object.keys((await response.json()).error.fieldErrors).sort()).toEqual(["by", "from"]);
  });

  it("describes itself: last updated, definitions, licence", async () => {
    const meta = await (await get(metaGet)).json();
    expect(meta).toMatchObject({ licence: { name: "CC BY 4.0" }, suppressionThreshold: 5, definitions: { outcomes: { REFERRED: expect.any(String) } } });
    expect(Date.parse(meta.lastUpdated)).not.toBeNaN();
  });
});
