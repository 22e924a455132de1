import type { RoleCode } from "@/lib/vocabulary";
import { expect, openChartTable, test } from "./fixtures";

const OFFICIALS = [
  "Dasbor",
  "Instansi",
  "Lalu lintas",
  "Penerapan",
  "Kepatuhan",
  "Surat edaran",
  "Simulator",
  "Pengumuman",
  "Akun saya",
];

// What each role finds in its navigation (the pages check the same permissions on the server).
const NAVIGATION: Record<RoleCode, string[]> = {
  ADMIN: ["Dasbor", "Instansi", "Lalu lintas", "Pengguna", "Log audit", "Tugas terjadwal", "Kotak keluar", "Akun saya"],
  TASKFORCE: OFFICIALS,
  HUMAS: OFFICIALS,
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
  // The default period: the last 90 days up to SIGAP's today (the demo's clock, 3 Mar 2022).
  await expect(table.getByRole("row")).toHaveCount(91);
  await expect(table.getByRole("row").nth(1)).toContainText("4 Des 2021");
  await expect(table.getByRole("row").last()).toContainText("3 Mar 2022");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh CSV" }).click();
  expect((await download).suggestedFilename()).toBe("kunjungan-per-hari.csv");
});

test("[ADMIN] reads the audit log, where sign-ins are recorded", async ({ page, signInAs }) => {
  await signInAs("ADMIN");
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "Log audit" })).toBeVisible();
  const filters = page.getByRole("form", { name: "Saring log" });
  // Words, not codes, in the filters: what happened and to what kind of object.
  await expect(filters.getByLabel("Tindakan").getByRole("option", { name: "Masuk", exact: true })).toHaveCount(1);
  await expect(filters.getByLabel("Tindakan").getByRole("option", { name: /auth\.signIn/ })).toHaveCount(0);
  await expect(
    filters.getByLabel("Objek", { exact: true }).getByRole("option", { name: "Akun", exact: true }),
  ).toHaveCount(1);
  await expect(filters.getByLabel("Objek", { exact: true }).getByRole("option", { name: "User" })).toHaveCount(0);
  await filters.getByLabel("Tindakan").selectOption({ label: "Masuk" });
  await filters.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/action=auth\.signIn/);
  // Sentences, not codes: who did what to which object.
  const table = page.getByRole("table", { name: "Log audit" });
  await expect(table.getByText("admin@sigap.demo masuk").first()).toBeVisible();
  await expect(table.getByRole("row").nth(1)).toContainText("Masuk");
  const csv = await (await page.request.get("/admin/audit/export.csv?action=auth.signIn")).text();
  const [header, first] = csv.replace(/^\uFEFF/, "").split("\r\n");
  expect(header).toBe("at,actor,action,sentence,entity,entity_id,object,changes");
  expect(first).toContain(",auth.signIn,");
});

test("[ADMIN] an account change reads as a sentence with the object linked and the change shown", async ({
  page,
  signInAs,
}) => {
  await signInAs("ADMIN");
  // Make a change to read: a new account, then its role changed.
  await page.goto("/admin/users/new");
  const email = `audit-${Date.now().toString(36)}@bekasikota.go.id`;
  await page.getByLabel("Nama").fill("Petugas Jejak Audit");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Peran").selectOption({ label: "Humas Setda" });
  await page.getByRole("button", { name: "Buat akun" }).click();
  await page.getByRole("link", { name: "Buka akun" }).click();
  await page.getByLabel("Peran").selectOption({ label: "Satgas Covid-19" });
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Perubahan disimpan.")).toBeVisible();

  await page.goto("/admin/audit?action=user.update&entity=User");
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(
    row.getByRole("link", { name: `admin@sigap.demo mengubah akun Petugas Jejak Audit (${email})` }),
  ).toBeVisible();
  await row.getByText(/^Perubahan \(\d+\)$/).click();
  const changes = row.getByRole("table");
  await expect(changes.getByRole("row", { name: /role/ })).toContainText("HUMAS");
  await expect(changes.getByRole("row", { name: /role/ })).toContainText("TASKFORCE");
});

for (const role of ["TASKFORCE", "HUMAS", "AGENCY_ADMIN"] as const) {
  test(`[${role}] cannot open the audit log`, async ({ page, signInAs }) => {
    await signInAs(role);
    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
  });
}

test("[TASKFORCE] the dashboard opens with headline numbers, each a link to the page it comes from", async ({
  page,
  signInAs,
}) => {
  await signInAs("TASKFORCE");
  await page.goto("/dashboard");
  const headlines = page.getByRole("region", { name: "Angka utama" });
  await expect(headlines).toBeVisible();
  const tile = (label: string) => headlines.getByRole("link", { name: new RegExp(`^${label}`) });
  // The demo's morning, 3 March 2022: offices scanning out of all, reports of the last week, today's checks.
  await expect(tile("Kantor memindai")).toContainText(/\d+\s*dari \d+ kantor aktif/);
  await expect(tile("Laporan harian masuk")).toContainText(/\d+(,\d+)?\s?%.*dari .* laporan, 24 Feb – 2 Mar 2022/);
  await expect(tile("Pemeriksaan hari ini")).toContainText("3 Mar 2022, sejauh ini");
  await expect(tile("Kunjungan terlambat menunggu")).toBeVisible();
  await tile("Kantor memindai").click();
  await expect(page).toHaveURL(/\/rollout$/);
  await page.goBack();
  await tile("Laporan harian masuk").click();
  await expect(page).toHaveURL(/\/compliance\?from=2022-02-24&to=2022-03-02/);
});

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
    todo.getByRole("region", { name: /^Laporan harian belum masuk, 7 hari sampai 3 Mar 2022/ }),
  ).toBeVisible();
  const first = notLive.getByRole("link").first();
  const name = await first.innerText();
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
});
