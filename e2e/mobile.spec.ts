import { expect, test } from "./fixtures";

test("[TASKFORCE] the dashboard works on a phone, its navigation behind one menu button", async ({
  page,
  signInAs,
}) => {
  await signInAs("TASKFORCE");
  await page.goto("/agencies");
  const nav = page.getByRole("navigation", { name: "Navigasi utama" });
  const menu = nav.getByRole("button", { name: "Menu · Instansi" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Dasbor" })).toBeHidden();
  await menu.click();
  // Every section is reachable, none cut off at the screen's edge.
  for (const link of await nav.getByRole("link").all()) await expect(link).toBeInViewport();
  await expect(nav.getByRole("link")).toHaveCount(9);
  await nav.getByRole("link", { name: "Kepatuhan" }).click();
  await expect(page).toHaveURL(/\/compliance$/);
  await expect(nav.getByRole("button", { name: "Menu · Kepatuhan" })).toHaveAttribute("aria-expanded", "false");
  await page.goto("/agencies");
  await expect(page.getByRole("table", { name: "Instansi" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});

test("[public] on a phone the checker's answer scrolls into view and takes the focus", async ({ page }) => {
  await page.goto("/cek");
  await page.getByRole("button", { name: "Periksa" }).click();
  const heading = page.getByRole("region", { name: "Hasil pemeriksaan" }).getByRole("heading", { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});

test("[TASKFORCE] on a phone the period control fits and its presets work", async ({ page, signInAs }) => {
  await signInAs("TASKFORCE");
  await page.goto("/compliance");
  const control = page.getByRole("region", { name: "Periode" });
  await control.getByRole("link", { name: "28 hari terakhir" }).click();
  await expect(page).toHaveURL(/from=2022-02-01&to=2022-02-28/);
  await expect(page.getByTestId("period-line")).toContainText("Menampilkan 1–28 Feb 2022");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});

test("[public] on a phone a chart keeps its axis titles and legend", async ({ page }) => {
  await page.goto("/transparansi");
  const chart = page.getByRole("figure", { name: /^Kunjungan per minggu/ });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.getByText("Kunjungan (jumlah)")).toBeVisible();
  await expect(chart.getByRole("listitem").filter({ hasText: "Celah: angka disembunyikan (x)" })).toBeInViewport();
  const box = await chart.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
});

test("[ADMIN] on a phone an official changes their own password; a wrong current one is named", async ({
  page,
  signInAs,
}) => {
  await signInAs("ADMIN");
  await page.goto("/account");
  await page.getByLabel("Kata sandi sekarang").fill("bukan-yang-sekarang");
  await page.getByLabel("Kata sandi baru", { exact: true }).fill("kuda-laut-berenang-7");
  await page.getByLabel("Ulangi kata sandi baru").fill("kuda-laut-berenang-7");
  await page.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(page.getByText("Kata sandi sekarang salah", { exact: true })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});
