import { expect, test } from "./fixtures";

test("[TASKFORCE] searches, sorts and pages the agencies table through the URL", async ({ page, signInAs }) => {
  await signInAs("TASKFORCE");
  await page.goto("/agencies");
  const table = page.getByRole("table", { name: "Instansi" });
  await expect(table.getByRole("row")).toHaveCount(26); // header + 25 of at least 25 agencies

  await page.getByRole("button", { name: "Urutkan menurut Kantor" }).click();
  await expect(page).toHaveURL(/sort=offices\.asc/);
  await page.getByRole("button", { name: "Urutkan menurut Kantor" }).click();
  await expect(page).toHaveURL(/sort=offices\.desc/);
  await expect(table.getByRole("row").nth(1)).toContainText("Kantor Kelurahan se-Kota Bekasi");

  await page.getByLabel("Baris per halaman").selectOption("10");
  await expect(page).toHaveURL(/perPage=10/);
  await page.getByRole("button", { name: "Berikutnya" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(table.getByRole("row")).toHaveCount(11);

  await page.getByLabel("Cari instansi").fill("bank");
  await expect(page).toHaveURL(/q=bank/);
  await expect(page).not.toHaveURL(/page=2/);
  await expect(table.getByRole("row", { name: /Bank Rakyat Indonesia/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /Disdukcapil|Kependudukan/ })).toHaveCount(0);

  await page.reload();
  await expect(page.getByLabel("Cari instansi")).toHaveValue("bank");
});

test("[TASKFORCE] opens an agency and sees its offices", async ({ page, signInAs }) => {
  await signInAs("TASKFORCE");
  await page.goto("/agencies?q=SATPAS");
  await page.getByRole("link", { name: "Satpas SIM Polres Metro Bekasi Kota" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Satpas SIM Polres Metro Bekasi Kota" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(5);
});

test("[TASKFORCE] exports the filtered agencies as CSV", async ({ page, signInAs }) => {
  await signInAs("TASKFORCE");
  await page.goto("/agencies?kind=PRIVATE");
  const response = await page.request.get("/agencies/export.csv?kind=PRIVATE");
  expect(response.headers()["content-type"]).toContain("text/csv");
  const lines = (await response.text()).trim().split("\r\n");
  expect(lines[0]).toBe("code,name,kind,offices,offices_live,offices_live_share,rollout_deadline");
  expect(lines.length).toBeGreaterThan(5);
  expect(lines.slice(1).every((l) => l.includes(",PRIVATE,"))).toBe(true);
});

test("[AGENCY_ADMIN] sees only its own agency", async ({ page, signInAs }) => {
  await signInAs("AGENCY_ADMIN");
  // "Instansi saya" is its agency's page, not a list of one row with search and paging.
  await page.goto("/dashboard");
  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Instansi saya" }).click();
  await expect(page).toHaveURL(/\/agencies\/DISDUKCAPIL$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dinas Kependudukan dan Pencatatan Sipil");
  const csv = await (await page.request.get("/agencies/export.csv")).text();
  expect(
    csv
      .trim()
      .split("\r\n")
      .map((l) => l.split(",")[0]),
  ).toEqual(["code", "DISDUKCAPIL"]);
});

test("[AGENCY_ADMIN] cannot open another agency", async ({ page, signInAs }) => {
  await signInAs("AGENCY_ADMIN");
  const response = await page.goto("/agencies/SAMSAT");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(page.getByText("Samsat Kota Bekasi")).toHaveCount(0);
  await page.goto("/agencies/DISDUKCAPIL");
  await expect(page.getByRole("heading", { level: 1, name: "Dinas Kependudukan dan Pencatatan Sipil" })).toBeVisible();
});

test("[TASKFORCE] ranks agencies by rollout progress, filters by kind, and downloads titled CSV", async ({
  page,
  signInAs,
}) => {
  await signInAs("TASKFORCE");
  await page.goto("/agencies");
  await page.getByRole("combobox", { name: "Jenis" }).selectOption({ label: "Swasta" });
  await expect(page).toHaveURL(/kind=PRIVATE/);
  const table = page.getByRole("table", { name: "Instansi" });
  await expect(table.getByRole("row", { name: /Pemerintah/ })).toHaveCount(0);
  await expect(table.getByRole("row", { name: /Swasta/ }).first()).toBeVisible();

  await page.getByRole("button", { name: "Urutkan menurut Kemajuan" }).click();
  await expect(page).toHaveURL(/sort=progress\.asc/);
  await expect(page.getByRole("status")).toHaveCount(0);
  // The progress column (the sixth): "71,4%", or "–" for an agency without offices (sorted last).
  const shares = async () =>
    (await table.locator("tbody tr td:nth-child(6)").allTextContents())
      .filter((cell) => cell.includes("%"))
      .map((cell) => Number(cell.replace("%", "").replace(",", ".")));
  await expect.poll(async () => (await shares()).length).toBeGreaterThan(2);
  const ascending = await shares();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

  // The titled download: the same rows, the header in the page's language.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "CSV berjudul kolom" }).click(),
  ]);
  expect(download.url()).toMatch(/headers=id/);
  const titled = await (await page.request.get(download.url())).text();
  expect(titled.split("\r\n")[0]).toBe(
    "\uFEFFKode,Nama,Jenis,Kantor,Kantor memindai,Bagian kantor memindai,Tenggat penerapan",
  );
});

test("[TASKFORCE] filters an agency's offices by rollout stage", async ({ page, signInAs }) => {
  await signInAs("TASKFORCE");
  await page.goto("/agencies/DISDUKCAPIL");
  await page.getByRole("combobox", { name: "Tahap" }).selectOption({ label: "Memindai" });
  await expect(page).toHaveURL(/stage=LIVE/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("Memindai");
  for (const row of (await rows.allTextContents()).slice(1)) expect(row).toContain("Memindai");
});
