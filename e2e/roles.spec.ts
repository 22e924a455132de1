import type { RoleCode } from "@/lib/vocabulary";
import { expect, openChartTable, test } from "./fixtures";

// What each role finds in its navigation (the pages check the same permissions on the server).
const NAVIGATION: Record<RoleCode, string[]> = {
  ADMIN: ["Dasbor", "Instansi", "Lalu lintas", "Pengguna", "Log audit", "Akun saya"],
  TASKFORCE: ["Dasbor", "Instansi", "Lalu lintas", "Penerapan", "Kepatuhan", "Surat edaran", "Simulator", "Akun saya"],
  HUMAS: ["Dasbor", "Instansi", "Lalu lintas", "Penerapan", "Kepatuhan", "Surat edaran", "Simulator", "Akun saya"],
  AGENCY_ADMIN: ["Dasbor", "Instansi saya", "Lalu lintas", "Akun saya"],
};

const ROLE_LABELS: Record<RoleCode, string> = {
  ADMIN: "Admin TI",
  TASKFORCE: "Satgas Covid-19",
  HUMAS: "Humas Setda",
  AGENCY_ADMIN: "Admin instansi",
};

for (const [role, links] of Object.entries(NAVIGATION) as [RoleCode, string[]][]) {
  test(`[${role}] signs in and sees its navigation`, async ({ page, signInAs }) => {
    await signInAs(role);
    await page.goto("/dashboard");
    const nav = page.getByRole("navigation", { name: "Navigasi utama" });
    await expect(nav.getByRole("link")).toHaveText(links);
    await expect(page.getByRole("region", { name: "Masuk sebagai" })).toContainText(ROLE_LABELS[role]);
  });
}

test("[TASKFORCE] dashboard shows visits per day as a chart and as a table", async ({ page, signInAs }) => {
  await signInAs("TASKFORCE");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Kunjungan per hari" })).toBeVisible();
  await expect(page.locator("svg.recharts-surface[role=application]")).toBeVisible();
  const table = page.getByRole("table", { name: "Kunjungan per hari" });
  await openChartTable(page.getByText("Tabel data grafik"), table);
  // The default period: the three whole months up to the last one with data, Dec 2021 – Feb 2022.
  await expect(table.getByRole("row")).toHaveCount(91);
  await expect(table.getByRole("row").nth(1)).toContainText("1 Des 2021");
  await expect(table.getByRole("row").last()).toContainText("28 Feb 2022");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh CSV" }).click();
  expect((await download).suggestedFilename()).toBe("kunjungan-per-hari.csv");
});

test("[ADMIN] reads the audit log, where sign-ins are recorded", async ({ page, signInAs }) => {
  await signInAs("ADMIN");
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "Log audit" })).toBeVisible();
  await page.getByLabel("Cari log audit").fill("auth.signIn");
  await expect(page).toHaveURL(/q=auth.signIn/);
  await expect(page.getByRole("cell", { name: "admin@sigap.demo" }).first()).toBeVisible();
});

for (const role of ["TASKFORCE", "HUMAS", "AGENCY_ADMIN"] as const) {
  test(`[${role}] cannot open the audit log`, async ({ page, signInAs }) => {
    await signInAs(role);
    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
  });
}

test("[AGENCY_ADMIN] the dashboard lists what to do: offices not scanning yet and reports missing, each a link", async ({
  page,
  signInAs,
}) => {
  await signInAs("AGENCY_ADMIN");
  await page.goto("/dashboard");
  const todo = page.getByRole("region", { name: "Yang perlu dikerjakan" });
  const notLive = todo.getByRole("region", { name: /^Kantor belum memindai \(\d+\)$/ });
  // The seed's Disdukcapil has four offices registered, ready or suspended (other specs may add more).
  await expect(notLive.getByRole("listitem").first()).toBeVisible();
  expect(await notLive.getByRole("listitem").count()).toBeGreaterThanOrEqual(4);
  await expect(notLive).toContainText("Terdaftar");
  await expect(
    todo.getByRole("region", { name: /^Laporan harian belum masuk, 7 hari sampai 28 Feb 2022/ }),
  ).toBeVisible();
  const first = notLive.getByRole("link").first();
  const name = await first.innerText();
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
});
