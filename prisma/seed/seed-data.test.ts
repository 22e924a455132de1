import { describe, expect, it } from "vitest";
import { ruleCaseInputSchema, ruleDefinitionSchema } from "@/lib/rules/definition";
import { seededRandom } from "@/lib/random";
import { AGENCIES } from "./agencies";
import { bekasiKecamatan, bekasiKelurahan } from "./areas";
import { SE_1395_RULES } from "./circular";
import { officeTrafficRows } from "./traffic";

const office = {
  officeId: "o1",
  services: ["KTP_EL", "KESEHATAN"] as ("KTP_EL" | "KESEHATAN")[],
  visitsPerDay: 50,
  liveFrom: new Date("2021-10-01T00:00:00Z"),
  opensSaturday: false,
};

describe("demo seed data", () => {
  it("takes the kecamatan names from idn-area-data", () => {
    const names = bekasiKecamatan().map((k) => k.name);
    expect(names).toHaveLength(12);
    expect(names).toEqual(expect.arrayContaining(["Bekasi Timur", "Bantargebang", "Jatiasih", "Rawalumbu"]));
    expect(bekasiKelurahan()).toHaveLength(56);
  });

  it("has about 25 agencies with unique codes", () => {
    expect(AGENCIES.length).toBe(25);
    expect(new Set(AGENCIES.map((a) => a.code)).size).toBe(AGENCIES.length);
  });

  it("stores rule definitions and test cases that the rule schemas accept", () => {
    for (const rule of SE_1395_RULES) {
      for (const version of rule.versions) {
        expect(ruleDefinitionSchema.safeParse(version.definition).success).toBe(true);
        for (const c of version.cases) expect(ruleCaseInputSchema.safeParse(c.input).success).toBe(true);
      }
    }
  });

  it("generates the same traffic for the same seed", () => {
    expect(officeTrafficRows(office, seededRandom(1))).toEqual(officeTrafficRows(office, seededRandom(1)));
    expect(officeTrafficRows(office, seededRandom(1))).not.toEqual(officeTrafficRows(office, seededRandom(2)));
  });

  it("opens on weekdays only from the live date, and never gates health services", () => {
    const rows = officeTrafficRows(office, seededRandom(7));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.day >= office.liveFrom && r.day.getUTCDay() !== 0 && r.day.getUTCDay() !== 6)).toBe(
      true,
    );
    expect(rows.filter((r) => r.serviceCode === "KESEHATAN").every((r) => r.outcome === "SERVED_NO_REQUIREMENT")).toBe(
      true,
    );
    expect(
      rows
        .filter((r) => r.ageBand === "AGE_0_11" && r.serviceCode === "KTP_EL")
        .every((r) => r.outcome === "SERVED_EXEMPT"),
    ).toBe(true);
  });
});
