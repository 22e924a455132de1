import { describe, expect, it } from "vitest";
import { readForm } from "./form-data";
import { recordInspectionSchema, inspectionFormSchema } from "./inspection";
import { createOfficeSchema } from "./office";
import { reportFormSchema, submitReportSchema } from "./report";

const form = (fields: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return data;
};

describe("readForm", () => {
  it("reads lists, checkboxes, nested blocks and leaves empty optional fields out", () => {
    const posted = form([
      ["code", "uji-001"],
      ["name", "Kantor Uji"],
      ["address", "Jl. Uji No. 1"],
      ["kelurahanCode", "32.75.01.1001"],
      ["services", "SAMSAT"],
      ["services", "KTP_EL"],
      ["openingHours", "  "],
      ["unknown", "ignored"],
    ]);
    expect(readForm(createOfficeSchema, posted)).toEqual({
      code: "uji-001",
      name: "Kantor Uji",
      address: "Jl. Uji No. 1",
      kelurahanCode: "32.75.01.1001",
      services: ["SAMSAT", "KTP_EL"],
    });
    const inspection = readForm(
      inspectionFormSchema,
      form([
        ["visitedOn", "2022-02-01"],
        ["score", "80"],
        ["findings.scannerInUse", "on"],
      ]),
    );
    expect(inspection).toMatchObject({ findings: { scannerInUse: true, staffTrained: false }, verify: false });
    expect(inspection).not.toHaveProperty("sanction"); // no sanction chosen: no block
  });

  it("gives a required empty field as empty text, so its own message names it", () => {
    const result = reportFormSchema.safeParse(readForm(reportFormSchema, form([["day", "2022-02-01"]])));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain("checked");
  });
});

describe("form schemas and the services' schemas agree", () => {
  // An action parses the form, then the service parses what it is given again (whoever calls
  // it): a parsed value must parse to itself.
  it("parses a parsed report and inspection to the same value", () => {
    const report = reportFormSchema.parse({
      day: "2022-02-01",
      checked: "9",
      servedVaccinated: "5",
      servedExempt: "1",
      referred: "2",
      denied: "1",
    });
    const full = submitReportSchema.parse({ ...report, officeCode: "SAMSAT-001" });
    expect(submitReportSchema.parse(full)).toEqual(full);
    const inspection = inspectionFormSchema.parse({
      visitedOn: "2022-02-01",
      score: "80",
      findings: { scannerInUse: true },
      sanction: { kind: "VERBAL_WARNING", startsOn: "2022-02-02" },
    });
    const recorded = recordInspectionSchema.parse({ ...inspection, officeCode: "SAMSAT-001" });
    expect(recordInspectionSchema.parse(recorded)).toEqual(recorded);
  });
});
