import { expect, test } from "./fixtures";

// One visitor model: the colour bounds the doses in the checker, the API refuses a
// contradiction, and a version already scheduled is announced with its date.

test("[public] the checker lets the PeduliLindungi colour set the doses, and no contradiction can be entered", async ({
  page,
}) => {
  await page.goto("/cek");
  const doses = page.getByLabel("Jumlah dosis vaksin yang sudah diterima");
  await expect(doses).toHaveValue("2");
  await page.getByLabel(/^Kuning/).check();
  await expect(doses).toHaveValue("1");
  await expect(doses).toHaveAttribute("readonly", "");
  await page.getByLabel(/^Merah/).check();
  await expect(doses).toHaveValue("0");
  await page.getByLabel(/^Hijau/).check();
  await expect(doses).toHaveValue("2");
  await expect(doses).not.toHaveAttribute("readonly");
  await expect(doses).toHaveAttribute("min", "2");
});

test("[public] the checker says when a scheduled version changes the answer, and to what", async ({ page }) => {
  await page.goto("/cek");
  await page.getByLabel("Layanan yang akan diurus").selectOption("KTP_EL");
  await page.getByLabel("Tanggal kedatangan").fill("2021-12-20");
  await page.getByLabel(/^Kuning/).check();
  await page.getByRole("button", { name: "Periksa" }).click();
  const answer = page.getByRole("region", { name: "Hasil pemeriksaan" });
  await expect(answer.getByRole("heading", { level: 2 })).toHaveText("Dilayani (bukti vaksin)");
  await expect(answer.getByRole("heading", { level: 2 })).toBeFocused();
  const change = answer.getByText(/^Mulai 1 Jan 2022/);
  await expect(change).toBeVisible();
  await expect(answer).toContainText("Dirujuk ke pos vaksinasi");
  await expect(
    answer.getByRole("heading", { name: "Aturan yang sudah dijadwalkan mengubah jawaban ini" }),
  ).toBeVisible();
});

test("[public] POST /api/v1/decisions refuses a colour that contradicts the doses, and announces scheduled changes", async ({
  request,
}) => {
  const visitor = (status: string, doses: number) => ({ status, doses, age: 30, exemptions: [] });
  for (const [status, doses] of [
    ["KUNING", 2],
    ["HIJAU", 0],
    ["MERAH", 1],
  ] as const) {
    const response = await request.post("/api/v1/decisions", {
      data: { service: "KTP_EL", visitor: visitor(status, doses) },
    });
    expect(response.status(), `${status} with ${doses} doses`).toBe(422);
    expect(Object.keys((await response.json()).error.fieldErrors)).toEqual(["visitor.doses"]);
  }
  const december = await request.post("/api/v1/decisions", {
    data: { service: "KTP_EL", at: "2021-12-20T09:00:00+07:00", visitor: visitor("KUNING", 1) },
  });
  expect(await december.json()).toMatchObject({
    outcome: "SERVED_VACCINATED",
    changes: { from: "2021-12-31T17:00:00.000Z", outcome: "REFERRED", rules: [{ id: "SE1395-ADMINDUK", version: 2 }] },
  });
});

test("[public] the checker answers in a resident's words: no rule codes, an advisory rule said to be advisory", async ({
  page,
}) => {
  await page.goto("/cek");
  await page.getByLabel("Layanan yang akan diurus").selectOption("SAMSAT");
  await page.getByLabel("Tanggal kedatangan").fill("2021-12-20");
  await page.getByLabel(/^Merah/).check();
  await page.getByRole("button", { name: "Periksa" }).click();
  const answer = page.getByRole("region", { name: "Hasil pemeriksaan" });
  // Served, but the rule did apply: not "without a vaccination requirement".
  await expect(answer.getByRole("heading", { level: 2 })).toHaveText("Dilayani — aturan bersifat imbauan");
  await expect(answer).toContainText("dianjurkan");
  await expect(answer).not.toContainText("SE1395");
  await expect(answer.getByRole("link", { name: "Baca surat edarannya" })).toHaveAttribute("href", "/surat-edaran");
});
