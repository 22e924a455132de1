import { describe, expect, it } from "vitest";
import { ruleCaseInputSchema, ruleDefinitionSchema } from "@/lib/rules/definition";
import { seededRandom } from "@/lib/random";
import { AGENCIES } from "./agencies";
import { bekasiKecamatan, bekasiKelurahan } from "./areas";
import { evaluate } from "@/lib/rules/engine";
import { ageBandToDb } from "@/lib/vocabulary";
import { SE_1395_RULES, se1395EngineRules } from "./circular";
import { officeTrafficRows } from "./traffic";
import { BANDS, historyProgress, visitorProfiles } from "./visitors";

const RULES = se1395EngineRules();
const office = {
  officeId: "o1",
  agencyKind: "GOVERNMENT" as const,
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
    expect(officeTrafficRows(office, RULES, seededRandom(1))).toEqual(
      officeTrafficRows(office, RULES, seededRandom(1)),
    );
    expect(officeTrafficRows(office, RULES, seededRandom(1))).not.toEqual(
      officeTrafficRows(office, RULES, seededRandom(2)),
    );
  });

  it("opens on weekdays only from the live date, and never gates health services", () => {
    const rows = officeTrafficRows(office, RULES, seededRandom(7));
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
        .every((r) => r.outcome === "SERVED_EXEMPT" || r.outcome === "SERVED_VACCINATED"),
    ).toBe(true);
  });

  it("rolls up a history the engine would have decided: every outcome is the rules' for someone who came", () => {
    // A private bank: the seeded rules deny or serve there, and never refer.
    const bank = { ...office, agencyKind: "PRIVATE" as const, services: ["PERBANKAN" as const], opensSaturday: true };
    for (const subject of [office, bank]) {
      const rows = officeTrafficRows(subject, RULES, seededRandom(3));
      const possible = (row: (typeof rows)[number]) => {
        const [band, , age] = BANDS.find(([b]) => ageBandToDb(b) === row.ageBand)!;
        const at = new Date(row.day.getTime() + 5 * 3_600_000);
        return visitorProfiles(historyProgress(row.day), band).map(
          ([v]) =>
            evaluate(RULES, {
              service: row.serviceCode as "KTP_EL",
              agencyKind: subject.agencyKind,
              at,
              visitor: {
                status: v.status,
                doses: v.doses,
                age,
                exemptions: v.exemption
                  ? [{ class: v.exemption, since: new Date(at.getTime() - 30 * 86_400_000) }]
                  : [],
              },
            }).outcome,
        );
      };
      expect(rows.length).toBeGreaterThan(100);
      for (const row of rows)
        expect(possible(row), `${row.serviceCode} ${row.day.toISOString()}`).toContain(row.outcome);
    }
  });
});
