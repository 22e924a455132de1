import { expect, test } from "./fixtures";

test("[TASKFORCE] reporting rates are colour-banded with named bands and sort worst first", async ({
  page,
  signInAs,
}) => {
  await signInAs("TASKFORCE");
  await page.goto("/compliance?month=2022-02");
  await expect(page.getByTestId("rate-bands")).toContainText("Baik: 90% ke atas");
  const table = page.getByRole("table", { name: "Per kecamatan" });
  // Each share carries its band in colour and in words.
  const first = table.locator("[data-band]").first();
  await expect(first).toHaveText(/%\s*\((baik|cukup|kurang)\)$/);

  await table.getByRole("link", { name: "Urutkan menurut Tepat waktu" }).click();
  await expect(page).toHaveURL(/rates=onTime\.asc/);
  await expect(page).toHaveURL(/month=2022-02/);
  const onTime = async () =>
    (await table.getByRole("row").allTextContents())
      .slice(1)
      .map((row) => [...row.matchAll(/(\d+(?:,\d+)?)%/g)].at(-1)?.[1])
      .filter((share): share is string => share !== undefined)
      .map((share) => Number(share.replace(",", ".")));
  const shares = await onTime();
  expect(shares.length).toBeGreaterThan(5);
  expect(shares).toEqual([...shares].sort((a, b) => a - b));
  await expect(table.getByRole("columnheader", { name: /Tepat waktu/ })).toHaveAttribute("aria-sort", "ascending");
});
