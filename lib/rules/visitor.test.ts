import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STATUS_DOSES } from "@/lib/checkpoint/check";
import { se1395EngineRules } from "@/prisma/seed/circular";
import { PL_STATUSES } from "@/lib/vocabulary";
import { decisionRequestSchema } from "@/lib/validations/decision";
import { visitEventSchema } from "@/lib/validations/event";
import { visitorSchema } from "./definition";
import { nextChange } from "./upcoming";
import { DOSES_BY_STATUS, visitorContradiction } from "./visitor";

describe("one visitor model", () => {
  it("accepts exactly the doses a colour allows: Merah 0, Kuning 1, Hijau 2 or more, Hitam any", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PL_STATUSES), fc.integer({ min: 0, max: 10 }), (status, doses) => {
        const expected =
          status === "MERAH" ? doses === 0 : status === "KUNING" ? doses === 1 : status === "HIJAU" ? doses >= 2 : true;
        expect(visitorContradiction({ status, doses }) === null).toBe(expected);
      }),
    );
  });

  it("is the same for the checker's API, rule test cases and visit events", () => {
    const visitor = { status: "KUNING", doses: 2, age: 30, exemptions: [] };
    const request = decisionRequestSchema.safeParse({ service: "KTP_EL", visitor });
    expect(request.error?.issues.map((i) => i.path.join("."))).toEqual(["visitor.doses"]);
    expect(visitorSchema.safeParse({ ...visitor, status: "HIJAU", doses: 0 }).success).toBe(false);
    const event = visitEventSchema.safeParse({
      id: "e-1",
      occurredAt: "2022-02-01T09:00:00+07:00",
      service: "KTP_EL",
      outcome: "REFERRED",
      proof: "PEDULILINDUNGI_APP",
      ageBand: "18-59",
      plStatus: "MERAH",
      doses: 2,
    });
    // Filed under the status (the visitor's colour and doses disagree), not under the outcome.
    expect(event.error?.issues.map((i) => i.path.join("."))).toEqual(["plStatus"]);
  });

  it("gives the desk's default doses for each colour within what the colour allows", () => {
    for (const status of PL_STATUSES) {
      const { min, max } = DOSES_BY_STATUS[status];
      expect(STATUS_DOSES[status]).toBeGreaterThanOrEqual(min);
      expect(STATUS_DOSES[status]).toBeLessThanOrEqual(max);
    }
  });
});

describe("nextChange", () => {
  const rules = se1395EngineRules();
  const visit = (status: "KUNING" | "HIJAU", doses: number, at: string) => ({
    service: "KTP_EL",
    agencyKind: "GOVERNMENT" as const,
    at: new Date(at),
    visitor: { status, doses, age: 30, exemptions: [] },
  });

  it("says from when and to what a scheduled version changes the answer (ADMINDUK v2 from 1 Jan 2022)", () => {
    const change = nextChange(rules, visit("KUNING", 1, "2021-12-20T09:00:00+07:00"));
    expect(change?.from.toISOString()).toBe("2021-12-31T17:00:00.000Z");
    expect(change?.decision.outcome).toBe("REFERRED");
    expect(change?.decision.rules.map((r) => `${r.code} v${r.version}`)).toEqual(["SE1395-ADMINDUK v2"]);
  });

  it("says nothing when the answer stays, or once the change has happened", () => {
    expect(nextChange(rules, visit("HIJAU", 2, "2021-12-20T09:00:00+07:00"))).toBeNull();
    expect(nextChange(rules, visit("KUNING", 1, "2022-01-05T09:00:00+07:00"))).toBeNull();
  });
});
