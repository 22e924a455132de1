import type { Page } from "@playwright/test";
import { formatDay } from "@/lib/format";
import { wibToday } from "@/lib/day";
import { expect, test } from "./fixtures";

// One period control on every page with a period; defaults on the last complete month of
// data, never on a stray visit; a period the page cannot show is named, not replaced in silence.

/** A visit recorded today at a desk-less office: the stray check that once re-anchored every default. */
async function recordStrayVisitToday(page: Page, signInAs: (role: "AGENCY_ADMIN") => Promise<void>) {
  await signInAs("AGENCY_ADMIN");
  await page.goto("/offices/DISDUKCAPIL-002");
  await page.getByRole("button", { name: "Buat kunci API" }).click();
  const key = await page.getByTestId("new-api-key").innerText();
  const response = await page.request.post("/api/v1/events", {
    headers: { Authorization: `Bearer ${key}` },
    data: {
      events: [
        {
          id: `e2e-stray-${Date.now()}`,
          // A minute ago, in WIB.
          occurredAt: `${new Date(Date.now() + 7 * 3_600_000 - 60_000).toISOString().slice(0, 19)}+07:00`,
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
const today = formatDay(wibToday());

test("[TASKFORCE] defaults sit on the last complete month of data, whatever a stray visit today", async ({
  page,
  signInAs,
}) => {
  await recordStrayVisitToday(page, signInAs);
  await signInAs("TASKFORCE");

  await page.goto("/dashboard");
  await expect(periodLine(page)).toHaveText(
    new RegExp(
      `^Menampilkan 1 Des 2021 – 28 Feb 2022 \\(bawaan: bulan penuh terakhir yang berisi data\\) · data tersedia \\d+ Sep 2021 – ${today}$`,
    ),
  );

  await page.goto("/compliance");
  await expect(periodLine(page)).toContainText("Menampilkan 1–28 Feb 2022");
  // The inspection flags and the reporting rates are those of February 2022, not of an empty month.
  await expect(page.getByTestId("flags").getByRole("listitem").first()).toBeVisible();
  const rates = page.getByRole("table", { name: "Per kecamatan" });
  const onTime = await rates.getByRole("cell").allInnerTexts();
  expect(
    onTime.some((cell) => /(^|\s)[1-9]\d*(,\d)?%/.test(cell)),
    onTime.join(" | "),
  ).toBe(true);

  await page.goto("/rollout");
  await expect(periodLine(page)).toContainText("Keterlambatan dihitung sampai hari data terakhir: 28 Feb 2022");
});

test("[TASKFORCE] presets, the month picker and a date range all live in the URL; filters keep the period", async ({
  page,
  signInAs,
}) => {
  await signInAs("TASKFORCE");
  await page.goto("/traffic");
  const control = page.getByRole("region", { name: "Periode" });
  await control.getByRole("link", { name: "7 hari terakhir" }).click();
  await expect(page).toHaveURL(/from=2022-02-22&to=2022-02-28/);
  await expect(periodLine(page)).toContainText("Menampilkan 22–28 Feb 2022");
  await expect(control.getByRole("link", { name: "7 hari terakhir" })).toHaveAttribute("aria-current", "true");

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
  await expect(periodLine(page)).toContainText("Menampilkan 1 Des 2021 – 28 Feb 2022");
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
