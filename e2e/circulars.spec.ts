import { expect, test } from "./fixtures";

test("[TASKFORCE] drafts a circular, corrects the draft and publishes it", async ({ page, signInAs }) => {
  await signInAs("TASKFORCE");
  const number = `440/${Date.now() % 100000}/SET.COVID-19`;
  await page.goto("/circulars");
  await page.getByRole("link", { name: "Buat surat edaran" }).click();
  await page.getByLabel("Nomor").fill(number);
  await page.getByLabel("Judul").fill("Perpanjangan kewajiban vaksinasi");
  await page.getByLabel("Isi ringkas").fill("Kewajiban bukti vaksin diperpanjang.");
  await page
    .getByLabel(/Pasal-pasal/)
    .fill("1. Kewajiban bukti vaksin tetap berlaku.\n2. Dikecualikan anak di bawah 12 tahun.");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Surat Edaran ${number}` })).toBeVisible();
  // Addressed by its number, as officials cite it (before: an opaque id).
  const address = `/circulars/${number.replaceAll("/", "-")}`;
  await expect(page).toHaveURL(new RegExp(`${address.replaceAll(".", "\\.")}$`));

  await page.getByRole("link", { name: "Ubah draf surat edaran" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Ubah draf surat edaran: ${number}` })).toBeVisible();
  await page.getByLabel("Judul").fill("Perpanjangan kewajiban vaksinasi Covid-19");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page).toHaveURL(new RegExp(`${address.replaceAll(".", "\\.")}$`));
  await expect(page.getByText("Perpanjangan kewajiban vaksinasi Covid-19")).toBeVisible();
  await expect(page.getByText("2. Dikecualikan anak di bawah 12 tahun.")).toBeVisible();

  await page.getByRole("button", { name: "Aktifkan surat edaran" }).click();
  await expect(page.getByRole("link", { name: "Ubah draf surat edaran" })).toHaveCount(0);
  await page.goto("/surat-edaran");
  await expect(page.getByRole("heading", { name: `Surat Edaran ${number}` })).toBeVisible();
});

test("[HUMAS] reads circulars but cannot create or change them", async ({ page, signInAs }) => {
  await signInAs("HUMAS");
  await page.goto("/circulars");
  await expect(page.getByRole("link", { name: "440/1395/SET.COVID-19" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Buat surat edaran" })).toHaveCount(0);
  await page.getByRole("link", { name: "440/1395/SET.COVID-19" }).click();
  await expect(page).toHaveURL(/\/circulars\/440-1395-SET\.COVID-19$/);
  await expect(page.getByRole("heading", { level: 1, name: "Surat Edaran 440/1395/SET.COVID-19" })).toBeVisible();
  await page.goto("/circulars/new");
  await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
});
