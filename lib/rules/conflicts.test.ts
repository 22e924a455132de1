import { describe, expect, it } from "vitest";
import { se1395EngineRules } from "@/prisma/seed/circular";
import { findConflict, type VersionWindow } from "./conflicts";

const active: VersionWindow[] = se1395EngineRules();
const sim = active.find((r) => r.code === "SE1395-SIM")!;

describe("findConflict", () => {
  it("accepts a new version of a rule that starts after its current one", () => {
    expect(findConflict({ ...sim, version: 2, validFrom: new Date("2022-03-01T00:00:00+07:00") }, active)).toBeNull();
  });

  it("refuses a new version that starts on or before an activated version of the same rule", () => {
    const conflict = findConflict({ ...sim, version: 2, validFrom: new Date("2021-09-09T00:00:00+07:00") }, active);
    expect(conflict?.id).toContain("Tumpang tindih dengan versi 1");
  });

  it("refuses another rule that governs the same service and agency kind at the same time", () => {
    const rival: VersionWindow = { ...sim, code: "LAIN", version: 1, validFrom: new Date("2022-06-01T00:00:00+07:00") };
    expect(findConflict(rival, active)?.id).toContain("Bertentangan dengan aturan SE1395-SIM versi 1");
    expect(findConflict(rival, active)?.id).toContain("SIM/GOVERNMENT");
  });

  it("accepts another rule for the same service once the time windows do not overlap", () => {
    const admin = active.find((r) => r.code === "SE1395-ADMINDUK" && r.version === 1)!;
    const others = active.filter((r) => r !== admin && r.code !== "SE1395-ADMINDUK");
    const rival: VersionWindow = {
      ...admin,
      code: "LAIN",
      validFrom: new Date("2021-01-01T00:00:00+07:00"),
      validTo: new Date("2021-09-09T00:00:00+07:00"),
    };
    expect(findConflict(rival, [...others, admin])).toBeNull();
    expect(
      findConflict(
        {
          ...rival,
          definition: { ...rival.definition, scope: { services: ["KESEHATAN"], agencyKinds: ["GOVERNMENT"] } },
          validTo: null,
        },
        active,
      ),
    ).toBeNull();
  });
});
