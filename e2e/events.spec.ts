import type { APIRequestContext, Page } from "@playwright/test";
import { confirmInDialog, expect, test } from "./fixtures";

// Traffic reaching SIGAP: a scanner's batch through the API, and a CSV upload with a bad row.
test.describe.configure({ mode: "serial", retries: 0 });

/** A new API key for an office, made on its page by the signed-in agency admin. */
async function newApiKey(page: Page, office: string): Promise<string> {
  await page.goto(`/offices/${office}`);
  await page.getByRole("button", { name: "Buat kunci API" }).click();
  return page.getByTestId("new-api-key").innerText();
}

async function visitsOn(request: APIRequestContext, day: string): Promise<number> {
  const csv = await (await request.get("/dashboard/visits-per-day.csv")).text();
  const line = csv.split("\r\n").find((l) => l.startsWith(`${day},`));
  return Number(line?.split(",")[1] ?? 0);
}

test("[AGENCY_ADMIN] a scanner batch sent with fetch is counted once and appears on the dashboard", async ({
  page,
  signInAs,
}) => {
  await signInAs("AGENCY_ADMIN");
  const key = await newApiKey(page, "DISDUKCAPIL-001");
  const before = await visitsOn(page.request, "2022-02-26");

  const id = `e2e-${Date.now()}`;
  const batch = {
    events: [0, 1, 2].map((n) => ({
      id: `${id}-${n}`,
      occurredAt: `2022-02-26T10:0${n}:00+07:00`,
      service: "KTP_EL",
      outcome: "SERVED_VACCINATED",
      proof: "PEDULILINDUNGI_QR",
      ageBand: "18-59",
    })),
  };
  const send = () =>
    page.evaluate(
      async ({ key, batch }) =>
        (
          await fetch("/api/v1/events", {
            method: "POST",
            headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
            body: JSON.stringify(batch),
          })
        ).json(),
      { key, batch },
    );
  expect(await send()).toEqual({ accepted: 3, duplicates: 0, rejected: [] });
  expect(await send()).toEqual({ accepted: 0, duplicates: 3, rejected: [] });
  expect(await visitsOn(page.request, "2022-02-26")).toBe(before + 3);
});

test("[AGENCY_ADMIN] single visits are answered by the server itself, as the route answers them", async ({
  page,
  signInAs,
  request,
}) => {
  await signInAs("AGENCY_ADMIN");
  const key = await newApiKey(page, "DISDUKCAPIL-001");
  const post = (data: unknown, headers: Record<string, string> = {}) =>
    request.post("/api/v1/events", { headers: { Authorization: `Bearer ${key}`, ...headers }, data });
  const visit = {
    events: [
      {
        id: `e2e-direct-${Date.now()}`,
        occurredAt: "2022-02-25T10:00:00+07:00",
        service: "KTP_EL",
        outcome: "SERVED_VACCINATED",
        proof: "PEDULILINDUNGI_APP",
        ageBand: "18-59",
      },
    ],
  };
  // The first request of the route loads it in Next (if no other had); from then on the
  // server answers it without Next's pipeline (lib/direct-routes.mjs), with the same answer.
  const first = await post(visit);
  const again = await post(visit);
  expect(again.headers()["x-sigap-direct"]).toBe("1");
  expect(await first.json()).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
  expect(await again.json()).toEqual({ accepted: 0, duplicates: 1, rejected: [] });
  for (const name of ["x-content-type-options", "x-frame-options", "referrer-policy", "permissions-policy"])
    expect(again.headers()[name], name).toBe(first.headers()[name]);
  expect(again.headers()).toMatchObject({
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    "cache-control": "no-store",
    "content-type": "application/json",
  });
  // Its refusals too: each with its status, code and message in the sender's language.
  const english = { "Content-Type": "application/json", "Accept-Language": "en" };
  const notJson = await post(Buffer.from("{not json"), english);
  expect(notJson.status()).toBe(422);
  expect(notJson.headers()["x-sigap-direct"]).toBe("1");
  expect((await notJson.json()).error).toEqual({
    code: "INVALID",
    message: "The body is not valid JSON.",
    fieldErrors: { _: ['Send { "events": [ … ] } as JSON.'] },
  });
  const notABatch = await post([visit], english);
  expect(notABatch.status()).toBe(422);
  expect((await notABatch.json()).error.message).toBe('Invalid body: send { "events": [ … ] } as JSON.');
  const tooLarge = await post("a".repeat(4 * 1024 * 1024 + 1), { "Content-Type": "application/json" });
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).error.code).toBe("TOO_LARGE");
  const unknownKey = await request.post("/api/v1/events", {
    headers: { Authorization: "Bearer sgp_not-a-key-of-any-office" },
    data: visit,
  });
  expect(unknownKey.status()).toBe(401);
  expect((await unknownKey.json()).error.code).toBe("UNAUTHENTICATED");
  // Nothing but POST is answered here: Next still says which methods the route has.
  expect((await request.get("/api/v1/events")).status()).toBe(405);
});

test("[public] a late small batch changes nothing published; officials see it pending", async ({
  page,
  signInAs,
  request,
}) => {
  await signInAs("AGENCY_ADMIN");
  const key = await newApiKey(page, "DISDUKCAPIL-002");
  // Sunday 27 Feb 2022: offices are closed, so these are the day's only visits.
  const events = [0, 1].map((n) => ({
    id: `e2e-sun-${Date.now()}-${n}`,
    occurredAt: `2022-02-27T10:0${n}:00+07:00`,
    service: "KTP_EL",
    outcome: "REFERRED",
    proof: "NONE",
    ageBand: "18-59",
  }));
  const response = await request.post("/api/v1/events", {
    headers: { Authorization: `Bearer ${key}` },
    data: { events },
  });
  expect((await response.json()).accepted).toBe(2);
  const published = await (
    await request.get("/api/v1/open-data/traffic.json?by=day&from=2022-02-01&to=2022-02-28")
  ).json();
  // February is released and frozen: the Sunday stays the 0 it was released with (a zero is shown).
  expect(published.rows.find((r: { key: string }) => r.key === "2022-02-27")).toMatchObject({
    total: 0,
    cells: { REFERRED: 0 },
    suppressed: [],
  });
  expect(JSON.stringify(published.rows)).not.toMatch(/:\s*[1-4][,}]/);

  await signInAs("HUMAS");
  await page.goto("/dashboard");
  const releases = page.getByRole("table", { name: "Rilis data publik" });
  const february = releases.getByRole("row", { name: /^Feb 2022/ });
  await expect(february).toBeVisible();
  expect(Number((await february.getByRole("cell").nth(3).innerText()).replace(/\./g, ""))).toBeGreaterThanOrEqual(2);
  await february.getByRole("button", { name: "Terbitkan revisi" }).click();
  // A revision cannot be withdrawn: the page asks first, naming the month.
  expect(await confirmInDialog(page, "Terbitkan revisi")).toMatch(/^Terbitkan revisi data publik Feb 2022 dengan/);
  // Either the audit allows the revision (a new version, nothing pending) or it keeps the release as it is, saying why.
  const late = february.getByRole("cell").nth(3);
  await expect(page.getByText(/Belum dapat diterbitkan/).or(late.getByText("0", { exact: true }))).toBeVisible({
    timeout: 30_000,
  });
});

test("[HUMAS] a trickle of late visits comes out as a late row; the month's tables stay as they were", async ({
  page,
  signInAs,
  request,
}) => {
  await signInAs("AGENCY_ADMIN");
  const key = await newApiKey(page, "DISDUKCAPIL-002");
  // One office's backlog of 16 Feb 2022: 8 served, 3 referred, 1 denied. Placed in their day,
  // February's referred and denied totals would grow by 3 and by 1 — small numbers.
  const outcomes = [...Array(8).fill("SERVED_NO_REQUIREMENT"), "REFERRED", "REFERRED", "REFERRED", "DENIED"];
  const events = outcomes.map((outcome, n) => ({
    id: `e2e-trickle-${Date.now()}-${n}`,
    occurredAt: `2022-02-16T11:${String(n).padStart(2, "0")}:00+07:00`,
    service: "KTP_EL",
    outcome,
    proof: "NONE",
    ageBand: "18-59",
  }));
  const sent = await request.post("/api/v1/events", { headers: { Authorization: `Bearer ${key}` }, data: { events } });
  expect((await sent.json()).accepted).toBe(12);

  await page.goto("/transparansi/2022-02");
  const kecamatan = page.getByRole("table", { name: "Kunjungan per kecamatan, Feb 2022" });
  const namedRows = kecamatan.getByRole("row").filter({ hasNotText: /Kecamatan|Dilaporkan terlambat/ });
  await expect(namedRows).toHaveCount(12);
  const before = await namedRows.allInnerTexts();

  await signInAs("HUMAS");
  await page.goto("/dashboard");
  const february = page.getByRole("table", { name: "Rilis data publik" }).getByRole("row", { name: /^Feb 2022/ });
  await february.getByRole("button", { name: "Terbitkan revisi" }).click();
  await confirmInDialog(page, "Terbitkan revisi");
  await expect(february.getByRole("cell").nth(3)).toHaveText("0", { timeout: 60_000 });

  // The tables are the version before, number for number; the late visits are one row by outcome.
  await page.goto("/transparansi/2022-02");
  await expect(namedRows).toHaveCount(12);
  expect(await namedRows.allInnerTexts()).toEqual(before);
  const late = kecamatan.getByRole("row", { name: /^Dilaporkan terlambat/ });
  const lateTotal = Number((await late.getByRole("cell").last().innerText()).replace(/\./g, ""));
  expect(lateTotal).toBeGreaterThanOrEqual(12);
  for (const cell of await late.getByRole("cell").allInnerTexts()) expect(cell).toMatch(/^(0|x|\d{1,3}(\.\d{3})*)$/);
  await expect(page.getByTestId("late-row-note")).toContainText("tidak termasuk dalam jumlah di atas");
  const csv = await (await request.get("/api/v1/open-data/traffic.csv?by=day&from=2022-02-01&to=2022-02-28")).text();
  expect(csv).toMatch(
    new RegExp(`\\r\\nLATE,"Dilaporkan terlambat[^"]*",[0-9x,.]+,${lateTotal}\\r\\nTOTAL_WITH_LATE,`),
  );
});

test("[AGENCY_ADMIN] uploads a visit CSV with one bad row and sees it named", async ({ page, signInAs }) => {
  await signInAs("AGENCY_ADMIN");
  await page.goto("/agencies/DISDUKCAPIL");
  await page.getByRole("link", { name: "Unggah kunjungan (CSV)" }).click();
  // The codes a referral may name are listed beside the form, one per kecamatan.
  const posts = page.getByRole("table", { name: "Kode pos vaksinasi (kolom vaccination_post)" });
  await expect(posts.getByRole("row")).toHaveCount(13);
  await expect(posts.getByRole("row", { name: /^VAKS-\d{2} / }).first()).toBeVisible();
  const id = `e2e-csv-${Date.now()}`;
  const csv = [
    "office_code,id,occurred_at,service,outcome,proof,age_band",
    `DISDUKCAPIL-001,${id}-1,2022-02-25T09:00:00+07:00,KTP_EL,SERVED_VACCINATED,PEDULILINDUNGI_APP,18-59`,
    `DISDUKCAPIL-001,${id}-2,2022-02-25T09:05:00+07:00,KTP_EL,DIRUJUK,NONE,lansia`,
    `DISDUKCAPIL-001,${id}-3,2022-02-25T09:10:00+07:00,ADMINDUK,SERVED_EXEMPT,NONE,0-11`,
  ].join("\n");
  await page
    .getByLabel("Berkas CSV")
    .setInputFiles({ name: "kunjungan.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByText("kunjungan.csv: 3 baris")).toBeVisible();
  await page.getByRole("button", { name: "Unggah" }).click();
  const result = page.getByRole("region", { name: "Hasil unggahan" });
  // One row refused, for its two problems (before: "Ditolak: 2", a count of errors).
  await expect(result).toContainText("Diterima: 2 · Sudah ada: 0 · Ditolak: 1");
  await expect(result.getByRole("row", { name: /^3 age_band/ })).toBeVisible();
  await expect(result.getByRole("row", { name: /^3 outcome/ })).toBeVisible();
  await expect(page.getByRole("progressbar")).toHaveAttribute("value", "3");
});

test("[AGENCY_ADMIN] an Excel CSV (semicolons, BOM) is read and its errors name the file's columns", async ({
  page,
  signInAs,
}) => {
  await signInAs("AGENCY_ADMIN");
  await page.goto("/events/import");
  const id = `e2e-xl-${Date.now()}`;
  // What Excel with Indonesian regional settings saves: a BOM, ";" between fields, CRLF.
  const csv = [
    "office_code;id;occurred_at;service;outcome;proof;age_band;pl_status;doses",
    `DISDUKCAPIL-001;${id}-1;2022-02-25T09:00:00+07:00;KTP_EL;SERVED_VACCINATED;PEDULILINDUNGI_APP;18-59;HIJAU;2`,
    `DISDUKCAPIL-001;${id}-2;2022-02-25T09:05:00+07:00;KTP_EL;SERVED_VACCINATED;PEDULILINDUNGI_APP;18-59;HIJAU;0`,
    `DISDUKCAPIL-001;${id}-3;25/02/2022 09.10;KTP_EL;SERVED_VACCINATED;PEDULILINDUNGI_APP;18-59;HIJAU;2`,
  ].join("\r\n");
  await page
    .getByLabel("Berkas CSV")
    .setInputFiles({ name: "excel.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}\r\n`) });
  await expect(page.getByText("excel.csv: 3 baris")).toBeVisible();
  await page.getByRole("button", { name: "Unggah" }).click();
  const result = page.getByRole("region", { name: "Hasil unggahan" });
  await expect(result).toContainText("Diterima: 1 · Sudah ada: 0 · Ditolak: 2");
  // The file says pl_status and occurred_at; so do the messages (before: plStatus, occurredAt).
  await expect(result.getByRole("row", { name: /^3 pl_status pl_status dan doses bertentangan/ })).toBeVisible();
  await expect(result.getByRole("row", { name: /^4 occurred_at occurred_at: waktu ISO 8601/ })).toBeVisible();
  await expect(result).not.toContainText(/plStatus|occurredAt/);
});
