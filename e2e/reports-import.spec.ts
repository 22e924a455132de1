import { MAX_CSV_BYTES } from "@/lib/validations/constants";
import { expect, test } from "./fixtures";

/**
 * A large report CSV: every day from the circular (9 Sep 2021) to the demo's today (3 Mar
 * 2022) for Disdukcapil's 13 offices, 2 288 rows with long notes, over a million characters.
 * Sent as text it was refused by React's action decoder (over 1 000 000 characters in a call
 * with two arguments) and the page got a 500; as a File part it is checked.
 */
const OFFICES = Array.from({ length: 13 }, (_, i) => String(i + 1).padStart(3, "0"));
const DAYS = 176;

function largeReportCsv(): Buffer {
  const note = "Catatan harian petugas pemindai ".repeat(15);
  const rows = ["office_code,day,checked,served_vaccinated,served_exempt,referred,denied,note"];
  for (const office of OFFICES)
    for (let d = 0; d < DAYS; d++) {
      // Backwards from the demo's today: a report for a day to come, or before the circular, is refused.
      const day = new Date(Date.UTC(2022, 2, 3 - d)).toISOString().slice(0, 10);
      rows.push(`DISDUKCAPIL-${office},${day},5,5,0,0,0,${note}`);
    }
  return Buffer.from(`${rows.join("\n")}\n`);
}

test("[AGENCY_ADMIN] checks a report CSV of over a million characters", async ({ page, signInAs }) => {
  const csv = largeReportCsv();
  expect(csv.toString().length).toBeGreaterThan(1_000_000);
  expect(csv.length).toBeLessThanOrEqual(MAX_CSV_BYTES);
  await signInAs("AGENCY_ADMIN");
  await page.goto("/reports/import");
  await page.getByLabel("Berkas CSV").setInputFiles({ name: "laporan-besar.csv", mimeType: "text/csv", buffer: csv });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  const result = page.getByRole("region", { name: "Hasil pemeriksaan berkas" });
  await expect(result).toContainText("laporan-besar.csv: 2.288 baris siap disimpan", { timeout: 60_000 });
});
