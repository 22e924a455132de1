import { MAX_CSV_BYTES } from "@/lib/validations/constants";
import { expect, test } from "./fixtures";

/**
 * A report CSV just under the page's own limit: 3 600 rows (four offices, 900 days each) with
 * long notes. Sent as text it was refused by React's action decoder (over 1 000 000 characters
 * in a call with two arguments) and the page got a 500; as a File part it is checked.
 */
function largeReportCsv(): Buffer {
  const note = "Catatan harian petugas pemindai ".repeat(15);
  const rows = ["office_code,day,checked,served_vaccinated,served_exempt,referred,denied,note"];
  for (const office of ["001", "002", "003", "004"])
    for (let d = 0; d < 900; d++) {
      const day = new Date(Date.UTC(2021, 9, 1 + d)).toISOString().slice(0, 10);
      rows.push(`DISDUKCAPIL-${office},${day},5,5,0,0,0,${note}`);
    }
  return Buffer.from(`${rows.join("\n")}\n`);
}

test("[AGENCY_ADMIN] checks a report CSV at the page's own size limit", async ({ page, signInAs }) => {
  const csv = largeReportCsv();
  expect(csv.length).toBeGreaterThan(1_800_000);
  expect(csv.length).toBeLessThanOrEqual(MAX_CSV_BYTES);
  await signInAs("AGENCY_ADMIN");
  await page.goto("/reports/import");
  await page.getByLabel("Berkas CSV").setInputFiles({ name: "laporan-besar.csv", mimeType: "text/csv", buffer: csv });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  const result = page.getByRole("region", { name: "Hasil pemeriksaan berkas" });
  await expect(result).toContainText("laporan-besar.csv: 3.600 baris siap disimpan", { timeout: 60_000 });
});
