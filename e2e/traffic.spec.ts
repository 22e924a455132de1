import { expect, openChartTable, test } from "./fixtures";

test("[TASKFORCE] filters the traffic dashboard through the URL and downloads its numbers", async ({
  page,
  signInAs,
}) => {
  await signInAs("TASKFORCE");
  await page.goto("/traffic");
  await expect(page.getByRole("heading", { level: 1, name: "Lalu lintas layanan" })).toBeVisible();
  await expect(page.getByRole("group", { name: /Peta skematis kecamatan/ })).toBeVisible();
  const filters = page.getByRole("form", { name: "Saring" });
  await filters.getByLabel("Kecamatan", { exact: true }).selectOption({ label: "Jatiasih" });
  await filters.getByLabel("Per", { exact: true }).selectOption("month");
  await filters.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/kecamatan=32\.75\.09/);
  const byKecamatan = page.getByRole("table", { name: "Per kecamatan" });
  await expect(byKecamatan.getByRole("row")).toHaveCount(2);
  await expect(byKecamatan).toContainText("Jatiasih");
  const csv = await (await page.request.get("/traffic/export.csv?dimension=kecamatan&kecamatan=32.75.09")).text();
  expect(csv.split("\r\n").filter(Boolean)).toHaveLength(2);
});

test("[AGENCY_ADMIN] sees only its own offices in the traffic dashboard", async ({ page, signInAs }) => {
  await signInAs("AGENCY_ADMIN");
  await page.goto("/traffic");
  await expect(page.getByLabel("Instansi", { exact: true })).toHaveCount(0);
  const busiest = page.getByRole("table", { name: "Kantor tersibuk" });
  await expect(busiest.getByRole("row").nth(1)).toContainText("Disdukcapil");
  const csv = await (await page.request.get("/traffic/export.csv?dimension=office")).text();
  expect(
    csv
      .split("\r\n")
      .slice(1)
      .filter(Boolean)
      .every((line) => line.startsWith("DISDUKCAPIL-")),
  ).toBe(true);
});

test("[TASKFORCE] tracks referrals by vaccination post and the offices whose referred share is falling, over six months", async ({
  page,
  signInAs,
}) => {
  await signInAs("TASKFORCE");
  await page.goto("/traffic?from=2021-09-01&to=2022-02-28");
  const posts = page.getByRole("region", { name: "Rujukan per pos vaksinasi" });
  await expect(posts.getByTestId("referrals-named")).toContainText("rujukan mencatat pos vaksinasi tujuan");
  const postsTable = posts.getByRole("table", { name: "Rujukan per pos vaksinasi" });
  await openChartTable(posts.getByText("Tabel data grafik"), postsTable);
  await expect(postsTable.getByRole("row")).toHaveCount(13);
  const falling = page.getByRole("region", { name: "Kantor dengan pangsa rujukan menurun" });
  await expect(falling.getByRole("figure")).toBeVisible();
  const rows = falling.getByRole("table").getByRole("row");
  expect(await rows.count()).toBeGreaterThan(5);
  const csv = await (
    await page.request.get("/traffic/export.csv?dimension=referralTrend&from=2021-09-01&to=2022-02-28")
  ).text();
  expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("office_code,office_name,week,referred_share");
});

test("[TASKFORCE] drills down from a map tile to its kecamatan and from an office to its page", async ({
  page,
  signInAs,
}) => {
  await signInAs("TASKFORCE");
  await page.goto("/traffic?month=2022-01");
  const map = page.getByRole("group", { name: /Peta skematis kecamatan/ });
  await map.getByRole("link", { name: /^Jatiasih: / }).click();
  await expect(page).toHaveURL(/kecamatan=32\.75\.09/);
  await expect(page).toHaveURL(/month=2022-01|from=2022-01-01/);
  await expect(page.getByRole("table", { name: "Per kecamatan" }).getByRole("row")).toHaveCount(2);

  const busiest = page.getByRole("table", { name: "Kantor tersibuk" });
  const office = busiest.getByRole("link").first();
  const name = (await office.textContent())!;
  await office.click();
  await expect(page).toHaveURL(/\/offices\/[A-Z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
});
