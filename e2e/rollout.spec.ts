import { expect, test } from "./fixtures";

test("[TASKFORCE] lateness is counted to SIGAP's today, and the page says so", async ({ page, signInAs }) => {
  await signInAs("TASKFORCE");
  await page.goto("/rollout");
  // The demo's clock: 3 Mar 2022.
  await expect(page.getByText("Keterlambatan dihitung sampai hari ini: 3 Mar 2022", { exact: false })).toBeVisible();
  const table = page.getByRole("table", { name: "Kantor melewati tenggat dan belum memindai" });
  const header = await table.getByRole("columnheader").allInnerTexts();
  const column = header.findIndex((h) => h.includes("Hari terlambat"));
  expect(column).toBeGreaterThanOrEqual(0);
  const rows = table.getByRole("row");
  await expect(rows.nth(1)).toBeVisible();
  const late = await rows.evaluateAll(
    (all, index) => all.slice(1).map((row) => Number(row.children[index]?.textContent?.replace(/\D/g, "") ?? "")),
    column,
  );
  expect(late.length).toBeGreaterThan(0);
  // The seed's deadlines fall in late 2021: counted to 3 Mar 2022, no office is years late.
  for (const days of late) {
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThan(365);
  }
});
