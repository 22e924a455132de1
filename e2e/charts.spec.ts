import type { Locator } from "@playwright/test";
import { expect, openChartTable, test } from "./fixtures";

// Charts that do not mislead: straight lines, hidden numbers as gaps, partial periods marked,
// axis titles with units, id-ID numbers and dates, legends in text colour.

const ID_NUMBER = /^\d{1,3}(\.\d{3})*(,\d)?%?$/;
const ID_DAY = /^\d{1,2} (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des) \d{4}$/;

async function ticks(chart: Locator, axis: "x" | "y"): Promise<string[]> {
  const tick = chart.locator(`.recharts-${axis}Axis-tick-labels .recharts-cartesian-axis-tick-value`);
  await expect(tick.first()).toBeVisible(); // the chart code loads after the page
  const texts = await tick.allTextContents();
  expect(texts.length, `${axis} ticks`).toBeGreaterThan(1);
  return texts;
}

test("[TASKFORCE] the traffic chart marks the weeks the period cuts, titles its axes and speaks id-ID", async ({
  page,
  signInAs,
}) => {
  await signInAs("TASKFORCE");
  // 1 Dec 2021 – 28 Feb 2022: the weeks of 29 Nov and of 28 Feb hold 5 and 1 of their 7 days.
  await page.goto("/traffic");
  const chart = page.getByRole("figure", { name: "Kunjungan menurut hasil" });
  await expect(chart.getByText("Minggu mulai (Senin)")).toBeVisible();
  await expect(chart.getByText("Kunjungan (jumlah)")).toBeVisible();
  for (const tick of await ticks(chart, "y")) expect(tick).toMatch(ID_NUMBER);
  for (const tick of await ticks(chart, "x")) expect(tick).toMatch(ID_DAY);
  const partial = chart.getByRole("listitem").filter({ hasText: "periode tidak lengkap" });
  await expect(partial).toBeVisible();
  // Legend text is text-coloured (no yellow on white); the colour is in the swatch.
  const legend = chart.getByRole("listitem").filter({ hasText: "Dirujuk ke pos vaksinasi" });
  // (Tailwind 4's gray-900, which Chromium reports in lab(); yellow would be far lighter.)
  await expect(legend).toHaveCSS("color", /^lab\(8\.\d+ /);
  // The hatched bars are the partial weeks, and the data table says which.
  await expect(chart.locator('path[fill^="url(#hatch-"]').first()).toBeAttached();
  const table = page.getByRole("table", { name: "Kunjungan menurut hasil" });
  await openChartTable(
    page.getByRole("region", { name: "Kunjungan menurut hasil" }).getByText("Tabel data grafik"),
    table,
  );
  await expect(table.getByRole("row").nth(1).getByRole("cell").first()).toHaveText(
    "29 Nov 2021 (periode tidak lengkap)",
  );
  await expect(table.getByRole("row").nth(2).getByRole("cell").first()).toHaveText("6 Des 2021");

  // A period of whole weeks has nothing to mark.
  await page.goto("/traffic?from=2021-12-06&to=2022-02-27");
  await expect(
    page.getByRole("figure", { name: "Kunjungan menurut hasil" }).getByText("Minggu mulai (Senin)"),
  ).toBeVisible();
  await expect(
    page
      .getByRole("figure", { name: "Kunjungan menurut hasil" })
      .getByRole("listitem")
      .filter({ hasText: "periode tidak lengkap" }),
  ).toHaveCount(0);
});

test("[public] the weekly visits are straight lines with hidden weeks as gaps, never as zero", async ({ page }) => {
  await page.goto("/transparansi");
  const chart = page.getByRole("figure", { name: "Kunjungan per minggu, enam bulan sampai Feb 2022" });
  await expect(chart.getByText("Minggu mulai (Senin)")).toBeVisible();
  await expect(chart.getByRole("listitem").filter({ hasText: "periode tidak lengkap" })).toBeVisible();
  // Straight segments only (no Bézier curves), and no line drawn down to 0 for a hidden week.
  const paths = await chart
    .locator("path.recharts-line-curve")
    .evaluateAll((all) => all.map((p) => p.getAttribute("d") ?? ""));
  expect(paths.length).toBeGreaterThan(0);
  for (const d of paths) expect(d).not.toMatch(/[Cc]/);
  for (const tick of await ticks(chart, "y")) expect(tick).toMatch(ID_NUMBER);
  const table = page.getByRole("table", { name: "Kunjungan per minggu, enam bulan sampai Feb 2022" });
  await openChartTable(page.getByText("Tabel data grafik"), table);
  const lastCells = await table
    .getByRole("row")
    .evaluateAll((rows) => rows.slice(1).map((row) => row.lastElementChild?.textContent?.trim()));
  // Since the audit hides one complement per line a round, the demo's six months hide no week
  // total; the legend explains gaps exactly when there are some.
  const hidden = lastCells.filter((cell) => cell === "x").length;
  await expect(chart.getByRole("listitem").filter({ hasText: "Celah: angka disembunyikan (x)" })).toHaveCount(
    hidden > 0 ? 1 : 0,
  );
  // Each hidden week is a gap: the line has fewer drawn points than the table has weeks.
  const weeks = lastCells.length;
  const drawn = await chart.locator(".recharts-line-dot").count();
  expect(drawn).toBeLessThanOrEqual(weeks - hidden + 2);
});

test("[TASKFORCE] a chart of named categories names every bar: all 12 kecamatan on /rollout", async ({
  page,
  signInAs,
}) => {
  await signInAs("TASKFORCE");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/rollout");
  const chart = page.getByRole("figure", { name: "Tahap per kecamatan" });
  // Named categories lie along the side (the y axis), one label per bar.
  const names = await ticks(chart, "y");
  expect(names).toHaveLength(12);
  expect(names).toEqual(expect.arrayContaining(["Bantargebang", "Bekasi Timur", "Rawalumbu"]));
});

test("[TASKFORCE] at 1366 px every traffic table shows all its columns", async ({ page, signInAs }) => {
  await signInAs("TASKFORCE");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/traffic");
  await expect(page.getByRole("table", { name: "Per kelompok umur" })).toBeVisible();
  const clipped = await page
    .locator("table")
    .evaluateAll((elements) =>
      (elements as HTMLTableElement[])
        .filter(
          (table) => table.offsetParent && table.parentElement!.scrollWidth > table.parentElement!.clientWidth + 1,
        )
        .map((table) => table.caption?.textContent ?? "?"),
    );
  expect(clipped).toEqual([]);
});
