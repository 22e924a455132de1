import { describe, expect, it } from "vitest";
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
