import { expect, test } from "./fixtures";

test("[public] home page shows what SIGAP is, the active circular and three headline numbers", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: /SIGAP/ })).toBeVisible();
  await expect(page.getByText("Surat Edaran 440/1395/SET.COVID-19")).toBeVisible();
  const numbers = page.getByRole("definition");
  await expect(numbers).toHaveCount(3);
  await expect(numbers.nth(0)).toHaveText(/^\d{1,3}$/);
  await expect(numbers.nth(1)).toHaveText(/^\d{1,3}(\.\d{3})+$/);
  await expect(numbers.nth(2)).toHaveText(/^\d{1,2},\d%$/);
  await expect(page.getByText("Data sampai 28 Feb 2022")).toBeVisible();
  await expect(page.getByRole("link", { name: "Masuk" }).first()).toHaveAttribute("href", "/login");
});

test("[public] the language switch turns the page into English and back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Headline numbers" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.getByRole("heading", { name: "Angka utama" })).toBeVisible();
});

test("[public] health endpoint reports the database and SIGAP's clock", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  // The e2e server runs the demo: its clock was set to the demo's instant and runs forward from it.
  const health = await response.json();
  expect(health).toEqual({ status: "ok", db: "up", clock: "set", now: expect.any(String) });
  expect(health.now.slice(0, 10)).toBe("2022-03-03");
});

test("[public] dashboard pages send a visitor to sign in", async ({ page }) => {
  for (const path of ["/dashboard", "/agencies", "/admin/audit"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login/);
  }
});

test("[public] a page that does not exist says so, without a word about agencies", async ({ page }) => {
  const response = await page.goto("/kantor/TIDAK-ADA-001");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(page.getByText("Halaman yang Anda cari tidak ada. Periksa alamatnya")).toBeVisible();
  await expect(page.getByText(/instansi/)).toHaveCount(0);
});
