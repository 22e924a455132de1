import { confirmInDialog, expect, test } from "./fixtures";

test("[HUMAS] drafts an announcement, publishes it, and the public reads it; an erratum is public at once", async ({
  page,
  signInAs,
  browser,
}) => {
  await signInAs("HUMAS");
  await page.goto("/announcements");
  const stamp = Date.now().toString(36);
  const form = page.getByRole("form", { name: "Pengumuman baru" });
  await form.getByLabel("Judul (Indonesia)").fill(`Jam layanan berubah ${stamp}`);
  await form.getByLabel("Judul (Inggris)").fill(`Opening hours change ${stamp}`);
  await form.getByLabel("Isi (Indonesia)").fill("Mulai Senin, kantor buka pukul 07.30.");
  // A phone number in the public text is personal data: the server names the field and keeps what was typed.
  await form.getByLabel("Isi (Inggris)").fill("From Monday; questions to 081234567890.");
  await form.getByRole("button", { name: "Simpan draf" }).click();
  await expect(form.getByLabel("Isi (Inggris)")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Judul (Indonesia)")).toHaveValue(`Jam layanan berubah ${stamp}`);
  await form.getByLabel("Isi (Inggris)").fill("From Monday, offices open at 07:30.");
  await form.getByRole("button", { name: "Simpan draf" }).click();
  const item = page.getByRole("listitem", { name: `Jam layanan berubah ${stamp}` });
  await expect(item).toContainText("Draf");

  // The public: the cached home page is rendered before the announcement is published.
  const publicPage = await (await browser.newContext()).newPage();
  await publicPage.goto("/");
  await publicPage.goto("/transparansi");
  const published = async () =>
    (
      (await (await publicPage.request.get("/api/v1/open-data/meta.json")).json()).announcements as {
        titleEn: string;
      }[]
    ).map((a) => a.titleEn);
  expect(await published()).not.toContain(`Opening hours change ${stamp}`);

  await item.getByRole("button", { name: "Terbitkan" }).click();
  await confirmInDialog(page, "Terbitkan");
  await expect(item.getByRole("button", { name: "Tarik" })).toBeVisible();
  expect(await published()).toContain(`Opening hours change ${stamp}`);
  // The cached pages are made again at once, in both languages, not after their 300 s.
  await publicPage.goto("/");
  await expect(publicPage.getByText(`Jam layanan berubah ${stamp}`)).toBeVisible();
  await publicPage.goto("/transparansi");
  await expect(publicPage.getByText(`Jam layanan berubah ${stamp}`)).toBeVisible();
  await publicPage.getByRole("button", { name: "English" }).click();
  await expect(publicPage.getByText(`Opening hours change ${stamp}`)).toBeVisible();

  const erratum = page.getByRole("form", { name: "Ralat baru" });
  await erratum.getByLabel("Angka yang terdampak").fill(`Kunjungan Februari 2022 ${stamp}`);
  await erratum.getByLabel("Keterangan (Indonesia)").fill("Laporan ganda satu kantor dihapus dari jumlah.");
  await erratum.getByLabel("Keterangan (Inggris)").fill("A duplicate report of one office was removed.");
  await erratum.getByRole("button", { name: "Terbitkan ralat" }).click();
  await expect(page.getByText("Ralat diterbitkan.")).toBeVisible();
  const meta = await (await publicPage.request.get("/api/v1/open-data/meta.json")).json();
  expect(meta.errata.map((e: { affected: string }) => e.affected)).toContain(`Kunjungan Februari 2022 ${stamp}`);
});

test("[AGENCY_ADMIN] cannot open the announcements editor", async ({ page, signInAs }) => {
  await signInAs("AGENCY_ADMIN");
  expect((await page.goto("/announcements"))?.status()).toBe(403);
});
