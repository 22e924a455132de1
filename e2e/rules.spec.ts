import { addDays } from "@/lib/day";
import { confirmInDialog, expect, test } from "./fixtures";
import { sigapToday } from "./sigap-clock";

// The heart of SIGAP, end to end: a task-force official drafts a new version of a seeded
// rule, is stopped by failing test cases, fixes them, replays last month's visits through
// it and activates it; then a resident's check for tomorrow follows the new rule.
// One journey, so one test: the resident's check depends on the activation before it.
test.describe.configure({ retries: 0 });

test("[TASKFORCE] drafts a rule version, is blocked by a failing case, fixes it, replays and activates it; the public checker follows it", async ({
  page,
  browser,
  signInAs,
}) => {
  await signInAs("TASKFORCE");
  await page.goto("/circulars");
  await page.getByRole("link", { name: "440/1395/SET.COVID-19" }).click();
  await page.getByRole("link", { name: "Bukti vaksin untuk KTP-el dan administrasi kependudukan" }).click();
  await page.getByRole("link", { name: "Buat versi baru" }).click();

  await page.getByLabel("Minimal dosis").fill("3");
  await page
    .getByLabel("Deskripsi (Bahasa Indonesia)")
    .fill("KTP-el dan adminduk mensyaratkan dosis penguat (3 dosis).");
  await page.getByLabel("Deskripsi (English)").fill("KTP-el and civil registration require a booster (3 doses).");
  await page.getByLabel("Catatan perubahan").fill("Dosis penguat diwajibkan");
  await page.getByRole("button", { name: "Simpan" }).click();

  await expect(page).toHaveURL(/\/rules\/SE1395-ADMINDUK\/v\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Versi \d+ · Draf/);
  await expect(page.getByRole("cell", { name: "Vaksin minimal 3 dosis" })).toBeVisible();

  // A new case with a wrong expectation, next to the inherited ones.
  await page.getByText("Tambah kasus uji", { exact: true }).first().click();
  const newCase = page.getByRole("form", { name: "Tambah kasus uji" });
  // The colour bounds the doses as on /cek; a refused case keeps everything typed.
  const status = newCase.getByLabel("Status di aplikasi PeduliLindungi");
  const doses = newCase.getByLabel("Jumlah dosis vaksin yang sudah diterima");
  await status.selectOption("KUNING");
  await expect(doses).toHaveValue("1");
  await expect(doses).toHaveAttribute("readonly", "");
  await status.selectOption("HIJAU");
  await expect(doses).toHaveValue("2");
  await newCase.getByLabel("Nama kasus").fill("Booster 0812 3456 7890");
  await newCase.getByLabel("Hasil yang diharapkan").selectOption("REFERRED");
  await doses.fill("3");
  await newCase.getByRole("button", { name: "Tambah kasus uji" }).click();
  await expect(newCase.getByText(/nomor telepon pribadi/)).toBeVisible();
  await expect(newCase.getByLabel("Nama kasus")).toHaveValue("Booster 0812 3456 7890");
  await expect(newCase.getByLabel("Hasil yang diharapkan")).toHaveValue("REFERRED");
  await expect(doses).toHaveValue("3");
  await newCase.getByLabel("Nama kasus").fill("Booster dilayani");
  await newCase.getByLabel("Hasil yang diharapkan").selectOption("REFERRED");
  await newCase.getByLabel("Jumlah dosis vaksin yang sudah diterima").fill("3");
  await newCase.getByRole("button", { name: "Tambah kasus uji" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Booster dilayani" })).toBeVisible();

  await page.getByRole("button", { name: "Jalankan uji" }).click();
  await expect(page.getByRole("status").filter({ hasText: "kasus uji" })).toHaveText(
    "2 kasus uji gagal: versi ini tidak dapat diaktifkan.",
  );
  await expect(page.getByRole("listitem").filter({ hasText: "Booster dilayani" })).toContainText("Gagal");

  // Failing cases: activation is refused before anyone is asked, saying which cases fail.
  await expect(page.getByRole("button", { name: "Aktifkan versi ini" })).toBeDisabled();
  await expect(page.getByTestId("activation-refusal")).toHaveText(
    /^2 kasus uji gagal \(.*Booster dilayani.*\): perbaiki aturan atau kasusnya sebelum mengaktifkan\.$/,
  );
  const order = await page.getByRole("listitem").filter({ hasText: "dilayani" }).allInnerTexts();

  // Fix both: the booster case is served; two doses are no longer enough.
  for (const [name, outcome] of [
    ["Booster dilayani", "SERVED_VACCINATED"],
    ["Dua dosis dilayani", "REFERRED"],
  ] as const) {
    const item = page.getByRole("listitem").filter({ hasText: name });
    await item.getByRole("button", { name: "Ubah" }).click();
    await item.getByLabel("Hasil yang diharapkan").selectOption(outcome);
    await item.getByRole("button", { name: "Simpan" }).click();
    await expect(item.getByRole("form")).toHaveCount(0);
  }
  await page.getByRole("button", { name: "Jalankan uji" }).click();
  await expect(page.getByRole("status").filter({ hasText: "kasus uji" })).toHaveText("Semua kasus uji lulus.");
  // An edited case keeps its place in the list.
  const names = (texts: string[]) => texts.map((text) => text.split("\n")[0]);
  expect(names(await page.getByRole("listitem").filter({ hasText: "dilayani" }).allInnerTexts())).toEqual(names(order));
  await expect(page.getByTestId("activation-refusal")).toHaveCount(0);

  // 90 days asked; the seed keeps visit events for its last four weeks only: the page says so.
  await page.getByLabel("Jumlah hari").fill("90");
  await page.getByRole("button", { name: "Putar ulang", exact: true }).click();
  const replay = page.getByRole("region", { name: "Hasil putar ulang" });
  await expect(replay).toBeVisible({ timeout: 30_000 });
  await expect(replay).toContainText("kunjungan diputar ulang");
  // Which days were replayed, not only how many.
  await expect(replay.getByTestId("replay-period")).toHaveText(
    /^Kunjungan yang diputar ulang: \d+( \w+)?( \d{4})? ?– ?\d+ \w+ \d{4} \(WIB\)\.$/,
  );
  await expect(replay.getByRole("note")).toContainText(/Hanya \d+ dari 90 hari yang diminta dapat diputar ulang/);
  expect(Number((await replay.getByTestId("replay-changed").innerText()).replace(/\./g, ""))).toBeGreaterThan(0);
  await expect(replay.getByRole("table", { name: "Per kecamatan" })).toContainText("Bekasi Timur");

  // Activation asks first, saying from when the version applies and what the last four weeks
  // of visits would have become under it.
  await page.getByRole("button", { name: "Aktifkan versi ini" }).click();
  const question = await confirmInDialog(page, "Aktifkan versi ini");
  expect(question).toMatch(/^Aktifkan versi \d+\? Versi ini berlaku mulai \d+ \w+ \d{4}/);
  expect(question).toMatch(
    /Dampak pada \d+ hari kunjungan terakhir yang tercatat \([\d.]+ kunjungan\): [\d.]+ hasil berubah — [\d.]+ lebih ketat, [\d.]+ lebih longgar, [\d.]+ tetap dilayani dengan dasar lain\./,
  );
  // The page re-renders as the activated version: no draft actions, status in the heading.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Versi \d+ · Diaktifkan/);
  await expect(page.getByRole("button", { name: "Aktifkan versi ini" })).toHaveCount(0);

  // A resident (signed out) checks today and tomorrow: the new rule applies from tomorrow.
  const context = await browser.newContext();
  const resident = await context.newPage();
  await resident.goto("/cek");
  const check = async (date: string) => {
    await resident.getByLabel("Layanan yang akan diurus").selectOption("KTP_EL");
    await resident.getByLabel("Tanggal kedatangan").fill(date);
    await resident.getByLabel("Hijau — vaksin lengkap").check();
    await resident.getByLabel("Jumlah dosis vaksin yang sudah diterima").fill("2");
    await resident.getByRole("button", { name: "Periksa" }).click();
    return resident.getByTestId("decision");
  };
  const today = await sigapToday(page.request);
  const wibDate = (offsetDays: number) => addDays(today, offsetDays);
  await expect(await check(wibDate(0))).toContainText("Dilayani (bukti vaksin)");
  const tomorrow = await check(wibDate(1));
  await expect(tomorrow).toContainText("Dirujuk ke pos vaksinasi");
  await expect(tomorrow).toContainText("minimal 3 dosis vaksin");
  await expect(tomorrow).toContainText("Lakukan vaksinasi dahulu");

  // The answer points the resident to the circular it rests on, not to SIGAP's rule codes.
  await expect(tomorrow).not.toContainText("SE1395-");
  await tomorrow.getByRole("link", { name: "Baca surat edarannya" }).click();
  await expect(resident.getByText("KTP-el dan adminduk mensyaratkan dosis penguat (3 dosis).")).toBeVisible();
  await context.close();
});
