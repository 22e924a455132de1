import { expect, test } from "./fixtures";

// An official who reads English gets every answer in English: a form's refusal, a CSV's row
// errors, the API's errors; and the pages name things (services, legal text) in English.

/** Words of an Indonesian message: none may show on an English page's errors. */
const INDONESIAN = /\b(tidak|wajib|harus|sudah|belum|kantor|kolom|baris|berkas)\b/i;

test("[AGENCY_ADMIN] an English page refuses a form and a CSV file in English", async ({ page, signInAs }) => {
  await signInAs("AGENCY_ADMIN");
  // The language is switched on another page first: the switch makes the page again, and a
  // form filled while that render is on its way can be reset under the typing (a CI flake).
  await page.goto("/account");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "Bahasa Indonesia" })).toBeVisible();
  await page.goto("/offices/new");
  await expect(page.getByRole("heading", { name: "Add office" })).toBeVisible();
  await expect(page).toHaveTitle("Add office · SIGAP Kota Bekasi");

  await page.getByLabel("Office code").fill(`DISDUKCAPIL-EN${Date.now().toString(36).toUpperCase()}`);
  await page.getByLabel("Office name").fill("Loket 0812 3456 7890");
  await page.getByLabel("Address").fill("Jl. Ahmad Yani No. 1");
  await page.getByLabel("Kelurahan").selectOption("32.75.01.1001");
  await page.getByLabel("Electronic ID card (KTP-el)").check();
  await page.getByRole("button", { name: "Save" }).click();
  const formError = page.getByTestId("form-error");
  await expect(formError).toHaveText("The form is not right yet: see the message at each field.");
  const nameError = page.locator("#name-error");
  await expect(nameError).toHaveText(
    "Office name must not contain a personal phone number: SIGAP keeps anonymous data only",
  );
  expect(await formError.textContent()).not.toMatch(INDONESIAN);

  await page.goto("/offices/import");
  const checkFile = async (name: string, csv: string) => {
    await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Check file" }).click();
  };
  await checkFile(
    "offices.csv",
    "code,name,address,kelurahan_code,services,nik\nDISDUKCAPIL-ENX,Loket,Jl. A,32.75.99.1001,KTP_EL,1\n",
  );
  const result = page.getByRole("region", { name: "File check result" });
  await expect(result).toContainText("offices.csv: 1 error — fix the file and check again. Nothing was saved.");
  await expect(result.getByRole("row", { name: /nik Column "nik" is not known: remove it/ })).toBeVisible();

  // A header without unknown columns: now the rows themselves are checked, in English too.
  await checkFile(
    "offices-2.csv",
    "code,name,address,kelurahan_code,services\nDISDUKCAPIL-ENX,Loket,Jl. A,32.75.99.1001,KTP_EL\n",
  );
  await expect(
    result.getByRole("row", { name: /kelurahan_code Kelurahan 32\.75\.99\.1001 is not in Kota Bekasi/ }),
  ).toBeVisible();
  expect((await result.getByRole("row").allTextContents()).join("\n")).not.toMatch(INDONESIAN);
});

test("[API] errors in the language the client asks for, Indonesian by default", async ({ request }) => {
  const body = { events: [{ id: "x" }] };
  const indonesian = await request.post("/api/v1/events", { data: body });
  expect(indonesian.status()).toBe(401);
  expect((await indonesian.json()).error.message).toMatch(/^Kirim kunci API kantor/);
  const english = await request.post("/api/v1/events", {
    data: body,
    headers: { "Accept-Language": "en-GB,en;q=0.9" },
  });
  expect((await english.json()).error.message).toBe(
    "Send the office's API key in the header Authorization: Bearer <key>.",
  );
  const query = await request.get("/api/v1/open-data/traffic.json?from=2022-13-01&to=2022-02-28", {
    headers: { "Accept-Language": "en" },
  });
  expect(query.status()).toBe(422);
  const error = (await query.json()).error;
  expect(error.message).toBe("Invalid parameters.");
  expect(JSON.stringify(error.fieldErrors)).not.toMatch(INDONESIAN);
  // A colour that contradicts the doses is named in English, the colour too (before: in Indonesian).
  const contradiction = await request.post("/api/v1/decisions", {
    data: { service: "KTP_EL", visitor: { status: "HIJAU", doses: 0, age: 30 } },
    headers: { "Accept-Language": "en" },
  });
  expect(contradiction.status()).toBe(422);
  expect((await contradiction.json()).error.fieldErrors["visitor.doses"]).toEqual([
    "Status Green (fully vaccinated, 2 doses or more) means 2–10 doses, not 0",
  ]);
});

test("[public] an English page names services in English and marks the circular's legal text", async ({
  page,
  signInAs,
}) => {
  await page.goto("/surat-edaran");
  await page.getByRole("button", { name: "English" }).click();
  const official = page.getByTestId("official-text").first();
  await expect(official).toContainText("Official text, in Indonesian");
  await expect(official).toHaveAttribute("lang", "id");

  await signInAs("TASKFORCE");
  await page.goto("/traffic");
  const byService = page.getByRole("table", { name: "By service" });
  await expect(byService.getByRole("rowheader", { name: "Driving licence renewal" })).toBeVisible();
  await expect(byService.getByRole("rowheader", { name: "Perpanjangan SIM" })).toHaveCount(0);
});
