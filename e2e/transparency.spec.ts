import AxeBuilder from "@axe-core/playwright";
import { expect, openChartTable, test } from "./fixtures";

test("[public] the transparency page shows suppressed aggregates, definitions and an office look-up", async ({
  page,
}) => {
  await page.goto("/transparansi");
  await expect(page.getByRole("heading", { level: 1, name: "Transparansi" })).toBeVisible();
  // The data's period and the time the numbers were computed are two things, said apart. The
  // demo's clock is 3 Mar 2022: February was released that night by the month close, and it
  // stays preliminary until 3 Apr (revised, when e2e/events.spec.ts published late visits first).
  await expect(page.getByTestId("public-period")).toContainText(
    /^Menampilkan 1–28 Feb 2022 · data tersedia 1 Sep 2021 – 28 Feb 2022 · angka bulan ini (versi 1, dihitung dan diterbitkan 3 Mar 2022,?\s01\.00\sWIB · sementara|versi \d+, dihitung dan diterbitkan 3 Mar 2022,?\s\d\d\.\d\d\sWIB · direvisi): dapat direvisi dengan kunjungan yang terlambat dilaporkan sampai 3 Apr 2022, lalu final$/,
  );
  const table = page.getByRole("table", { name: "Kunjungan per kecamatan, Feb 2022" });
  // The 12 kecamatan (a revision may add a "Dilaporkan terlambat" row under them: e2e/events.spec.ts).
  await expect(table.getByRole("row").filter({ hasNotText: /Kecamatan|Dilaporkan terlambat/ })).toHaveCount(12);
  // Every count in the table is either 5 or more, or hidden ("x"); the first column names the kecamatan.
  const counts = (await table.getByRole("cell").allInnerTexts()).filter((cell) => !/^[A-Za-z]{2}/.test(cell));
  expect(counts.length).toBeGreaterThan(12);
  for (const cell of counts) expect(cell, "a published count").toMatch(/^(x|\d{1,3}(\.\d{3})*)$/);
  const shown = counts.filter((cell) => cell !== "x").map((cell) => Number(cell.replace(/\./g, "")));
  expect(shown.length).toBeGreaterThan(0);
  // A zero is shown (nobody is in it); every other shown count is at least 5.
  expect(Math.min(...shown.filter((n) => n > 0))).toBeGreaterThanOrEqual(5);
  const weekly = page.getByRole("table", { name: "Kunjungan per minggu, enam bulan sampai Feb 2022" });
  await openChartTable(page.getByText("Tabel data grafik"), weekly);
  // Each week's total is shown when it is 0 or at least 5, else "x".
  const weeks = await weekly.getByRole("row").filter({ hasNotText: "Minggu mulai" }).allInnerTexts();
  expect(weeks.length).toBeGreaterThan(20);
  for (const total of weeks.map((row) => row.split("\t").at(-1)!.trim()))
    expect(total).toMatch(/^(0|x|[5-9]|\d{2,3}|\d{1,3}(\.\d{3})+)$/);

  await page.getByLabel("Nama kantor atau kelurahan").fill("Jatiasih");
  await page.getByRole("button", { name: "Cari" }).click();
  await page.getByRole("link", { name: "Puskesmas Jatiasih" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Puskesmas Jatiasih" })).toBeVisible();
  await expect(page.getByText("Tidak ada syarat bukti vaksin")).toBeVisible();
});

for (const path of [
  "/",
  "/transparansi",
  "/surat-edaran",
  "/cek",
  "/kantor/DISDUKCAPIL-001",
  "/login",
  "/forgot-password",
  "/api/docs",
]) {
  test(`[public] ${path} has no serious or critical accessibility violation (axe)`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
