import type { Page } from "@playwright/test";
import { formatDay, formatDayRange } from "@/lib/format";
import { presetRanges } from "@/lib/validations/period";
import { sigapToday } from "./sigap-clock";
import { expect, test } from "./fixtures";

// One period control on every page with a period; defaults and presets end today on SIGAP's
// clock; a period the page cannot show is named, not replaced in silence.

/** A visit recorded a minute ago (on SIGAP's clock) at a desk-less office. */
async function recordVisitNow(page: Page, signInAs: (role: "AGENCY_ADMIN") => Promise<void>) {
  await signInAs("AGENCY_ADMIN");
  await page.goto("/offices/DISDUKCAPIL-002");
  await page.getByRole("button", { name: "Buat kunci API" }).click();
  const key = await page.getByTestId("new-api-key").innerText();
  const { now } = (await (await page.request.get("/api/health")).json()) as { now: string };
  const response = await page.request.post("/api/v1/events", {
    headers: { Authorization: `Bearer ${key}` },
    data: {
      events: [
        {
          id: `e2e-stray-${Date.now()}`,
          // A minute ago on SIGAP's clock (the demo's is set), in WIB.
          occurredAt: `${new Date(Date.parse(now) + 7 * 3_600_000 - 60_000).toISOString().slice(0, 19)}+07:00`,
          service: "ADMINDUK",
          outcome: "SERVED_VACCINATED",
          proof: "PEDULILINDUNGI_APP",
          ageBand: "18-59",
        },
      ],
    },
  });
  const result = await response.json();
  expect(result.accepted, JSON.stringify(result)).toBe(1);
}

const periodLine = (page: Page) => page.getByTestId("period-line");

test("[TASKFORCE] defaults end today on SIGAP's clock, one preset is marked, and today's visit is in them", async ({
  page,
  signInAs,
}) => {
  await recordVisitNow(page, signInAs);
  await signInAs("TASKFORCE");
  const today = await sigapToday(page.request);
  const presets = presetRanges(today);

  await page.goto("/traffic");
  await expect(periodLine(page)).toContainText(
    `Menampilkan ${formatDayRange(presets.last90.from, today)} (bawaan: 90 hari terakhir)`,
  );
  const control = page.getByRole("region", { name: "Periode" });
  await expect(control.locator("[aria-current=true]")).toHaveText(["90 hari terakhir"]);
  await control.getByRole("link", { name: "7 hari terakhir" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${presets.last7.from}&to=${today}`));
  await expect(control.locator("[aria-current=true]")).toHaveText(["7 hari terakhir"]);
  // The visit recorded a minute ago is in the last 7 days, without typing a range.
  await page.goto(`/traffic?from=${today}&to=${today}&every=day&agency=DISDUKCAPIL`);
  await expect(page.getByTestId("period-empty")).toHaveCount(0);

  await page.goto("/compliance");
  await expect(periodLine(page)).toContainText(
    `Menampilkan ${formatDayRange(presets.lastMonth.from, presets.lastMonth.to)} (bawaan: Bulan penuh terakhir)`,
  );
  await expect(control.locator("[aria-current=true]")).toHaveText(["Bulan penuh terakhir"]);

  await page.goto("/rollout");
  await expect(periodLine(page)).toContainText(`Keterlambatan dihitung sampai hari ini: ${formatDay(today)}`);
});

test("[TASKFORCE] a period without visits says so and offers the latest period that has some", async ({
  page,
  signInAs,
}) => {
  await signInAs("TASKFORCE");
  await page.goto("/traffic?from=2021-01-01&to=2021-01-31");
  const empty = page.getByTestId("period-empty");
  await expect(empty).toContainText("Tidak ada data kunjungan dalam periode ini.");
  await empty.getByRole("link").click();
  await expect(page.getByTestId("period-empty")).toHaveCount(0);
});

test("[TASKFORCE] presets, the month picker and a date range all live in the URL; filters keep the period", async ({
  page,
  signInAs,
}) => {
  await signInAs("TASKFORCE");
  await page.goto("/traffic");
  const control = page.getByRole("region", { name: "Periode" });
  await control.getByRole("link", { name: "28 hari terakhir" }).click();
  await expect(control.getByRole("link", { name: "28 hari terakhir" })).toHaveAttribute("aria-current", "true");

  await control.getByLabel("Bulan").selectOption({ label: "Jan 2022" });
  await control.getByRole("button", { name: "Tampilkan bulan" }).click();
  await expect(page).toHaveURL(/month=2022-01/);
  await expect(periodLine(page)).toContainText("Menampilkan 1–31 Jan 2022");

  // Another filter keeps the period chosen.
  const filters = page.getByRole("form", { name: "Saring" });
  await filters.getByLabel("Kecamatan", { exact: true }).selectOption({ label: "Jatiasih" });
  await filters.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(
    /from=2022-01-01&to=2022-01-31.*kecamatan=32\.75\.09|kecamatan=32\.75\.09.*from=2022-01-01/,
  );
  await expect(periodLine(page)).toContainText("Menampilkan 1–31 Jan 2022");

  // And a period change keeps the filters.
  await control.getByLabel("Dari").fill("2022-02-07");
  await control.getByLabel("Sampai").fill("2022-02-13");
  await control.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/kecamatan=32\.75\.09/);
  await expect(periodLine(page)).toContainText("Menampilkan 7–13 Feb 2022");
});

test("[TASKFORCE] an impossible range is named, and the default shown instead", async ({ page, signInAs }) => {
  await signInAs("TASKFORCE");
  await page.goto("/traffic?from=2022-02-20&to=2022-02-10");
  const control = page.getByRole("region", { name: "Periode" });
  await expect(control.getByRole("alert")).toHaveText(
    "Tanggal mulai 20 Feb 2022 jatuh setelah tanggal akhir 10 Feb 2022; yang ditampilkan periode bawaan. Tukar kedua tanggal untuk melihat rentang itu.",
  );
  const today = await sigapToday(page.request);
  await expect(periodLine(page)).toContainText(`Menampilkan ${formatDayRange(presetRanges(today).last90.from, today)}`);
  await page.goto("/compliance?month=2022-13");
  await expect(page.getByRole("region", { name: "Periode" }).getByRole("alert")).toContainText(
    "Bulan “2022-13” tidak valid",
  );
});

test("[public] the transparency page has a month picker; each month is its own page", async ({ page }) => {
  await page.goto("/transparansi");
  await expect(page.getByRole("heading", { level: 2, name: "Hasil kunjungan, Feb 2022" })).toBeVisible();
  const months = page.getByRole("navigation", { name: "Bulan yang diterbitkan" });
  await expect(months.getByRole("link", { name: "Feb 2022" })).toHaveAttribute("aria-current", "page");
  await months.getByRole("link", { name: "Jan 2022" }).click();
  await expect(page).toHaveURL(/\/transparansi\/2022-01$/);
  await expect(page.getByRole("heading", { level: 2, name: "Hasil kunjungan, Jan 2022" })).toBeVisible();
  await expect(page.getByTestId("public-period")).toContainText("Menampilkan 1–31 Jan 2022");
  await expect(page.getByTestId("public-period")).toContainText("dihitung dan diterbitkan");
  expect((await page.request.get("/transparansi/2019-01")).status()).toBe(404);
});
