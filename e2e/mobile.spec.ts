import { expect, test } from "./fixtures";

test("[TASKFORCE] the dashboard works on a phone", async ({ page, signInAs }) => {
  await signInAs("TASKFORCE");
  await page.goto("/agencies");
  await expect(
    page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Dasbor" }),
  ).toBeVisible();
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
