import type { RoleCode } from "@/lib/vocabulary";
import { expect, openChartTable, test } from "./fixtures";

// What each role finds in its navigation (the pages check the same permissions on the server).
const NAVIGATION: Record<RoleCode, string[]> = {
  ADMIN: ["Dasbor", "Instansi", "Lalu lintas", "Log audit"],
  TASKFORCE: ["Dasbor", "Instansi", "Lalu lintas", "Penerapan", "Kepatuhan", "Surat edaran", "Simulator"],
  HUMAS: ["Dasbor", "Instansi", "Lalu lintas", "Penerapan", "Kepatuhan", "Surat edaran", "Simulator"],
  AGENCY_ADMIN: ["Dasbor", "Instansi saya", "Lalu lintas"],
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
  await expect(table.getByRole("row")).toHaveCount(181);
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
