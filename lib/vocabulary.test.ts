import { describe, expect, it } from "vitest";
import { AGE_BANDS, ageBandFromDb, ageBandToDb, SERVICE_CODES } from "./vocabulary";

describe("shared vocabulary", () => {
  it("maps every age band code to the database and back", () => {
    for (const band of AGE_BANDS) expect(ageBandFromDb(ageBandToDb(band))).toBe(band);
  });

  it("has the nine service categories of PRODUCT.md", () => {
    expect(SERVICE_CODES).toEqual([
      "PERIZINAN",
      "KTP_EL",
      "SIM",
      "ADMINDUK",
      "SAMSAT",
      "BPJS",
      "PERBANKAN",
      "KESEHATAN",
      "LAINNYA",
    ]);
  });
});
