import { expect, test } from "./fixtures";

test("[AGENCY_ADMIN] the office poster prints on one A4 sheet", async ({ page, signInAs }) => {
  await signInAs("AGENCY_ADMIN");
  await page.goto("/offices/DISDUKCAPIL-001/poster");
  await expect(page.getByRole("article", { name: "Poster" })).toBeVisible();
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages, "printed pages").toHaveLength(1);
  // A4 is 595 × 842 points.
  const [, width, height] = pdf.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/) ?? [];
  expect(Math.round(Number(width))).toBe(595);
  expect(Math.round(Number(height))).toBe(842);
});
