import { describe, expect, it } from "vitest";
import { SE_1395_RULES, se1395EngineRules } from "@/prisma/seed/circular";
import { toVisit } from "./convert";
import type { RuleDefinition } from "./definition";
import { evaluate } from "./engine";
import type { EngineRule, Visit } from "./types";

const seededRules = se1395EngineRules();

const visit = (overrides: Partial<Omit<Visit, "visitor">> & { visitor?: Partial<Visit["visitor"]> } = {}): Visit => ({
  service: "KTP_EL",
  agencyKind: "GOVERNMENT",
  at: new Date("2021-10-04T09:00:00+07:00"),
  ...overrides,
  visitor: { status: "HIJAU", doses: 2, age: 30, exemptions: [], ...overrides.visitor },
});

describe("the seeded SE 440/1395 rules", () => {
  const cases = SE_1395_RULES.flatMap((rule) =>
    rule.versions.flatMap((v) => v.cases.map((c) => [`${rule.code} v${v.version}: ${c.name}`, c] as const)),
  );
  it.each(cases)("%s", (_name, testCase) => {
    expect(evaluate(seededRules, toVisit(testCase.input)).outcome).toBe(testCase.expected);
  });
});

describe("evaluate", () => {
  it("serves without requirement when no rule covers the service", () => {
    const decision = evaluate(seededRules, visit({ service: "KESEHATAN", visitor: { status: "MERAH", doses: 0 } }));
    expect(decision).toMatchObject({ outcome: "SERVED_NO_REQUIREMENT", rules: [] });
  });

  it("serves without requirement before the circular took effect", () => {
    expect(
      evaluate(
        seededRules,
        visit({ at: new Date("2021-09-08T23:59:59+07:00"), visitor: { status: "MERAH", doses: 0 } }),
      ).outcome,
    ).toBe("SERVED_NO_REQUIREMENT");
  });

  it("names the rule version that decided, and explains in both languages", () => {
    const decision = evaluate(seededRules, visit({ visitor: { status: "MERAH", doses: 0 } }));
    expect(decision.outcome).toBe("REFERRED");
    expect(decision.rules).toEqual([{ id: "SE1395-ADMINDUK@1", code: "SE1395-ADMINDUK", version: 1 }]);
    expect(decision.reason.id).toContain("pos vaksinasi");
    expect(decision.reason.id).toContain("minimal vaksin dosis pertama");
    expect(decision.reason.en).toContain("vaccination post");
  });

  describe("time travel at validFrom / validTo", () => {
    const oneDose = { status: "KUNING" as const, doses: 1 };
    it("judges the last instant before validTo by the old version", () => {
      const d = evaluate(seededRules, visit({ at: new Date("2021-12-31T23:59:59.999+07:00"), visitor: oneDose }));
      expect(d).toMatchObject({ outcome: "SERVED_VACCINATED", rules: [{ version: 1 }] });
    });
    it("judges validTo itself (the new version's validFrom) by the new version", () => {
      const d = evaluate(seededRules, visit({ at: new Date("2022-01-01T00:00:00+07:00"), visitor: oneDose }));
      expect(d).toMatchObject({ outcome: "REFERRED", rules: [{ version: 2 }] });
    });
  });

  describe("exemptions", () => {
    it("exempts children under 12 by their age alone, not a 12-year-old", () => {
      expect(evaluate(seededRules, visit({ visitor: { status: "MERAH", doses: 0, age: 11 } })).outcome).toBe(
        "SERVED_EXEMPT",
      );
      expect(evaluate(seededRules, visit({ visitor: { status: "MERAH", doses: 0, age: 12 } })).outcome).toBe(
        "REFERRED",
      );
    });

    it("lets a recovery exemption expire after 90 days", () => {
      const recovered = (since: string) => ({
        status: "MERAH" as const,
        doses: 0,
        exemptions: [{ class: "RECENTLY_RECOVERED" as const, since: new Date(since) }],
      });
      const at = new Date("2021-12-01T09:00:00+07:00");
      expect(evaluate(seededRules, visit({ at, visitor: recovered("2021-09-03T09:00:01+07:00") })).outcome).toBe(
        "SERVED_EXEMPT",
      );
      const expired = evaluate(seededRules, visit({ at, visitor: recovered("2021-09-02T09:00:00+07:00") }));
      expect(expired.outcome).toBe("REFERRED");
      expect(expired.reason.id).toContain("tidak berlaku");
    });

    it("does not accept an exemption dated after the visit", () => {
      const d = evaluate(
        seededRules,
        visit({
          visitor: {
            status: "MERAH",
            doses: 0,
            exemptions: [{ class: "RECENTLY_RECOVERED", since: new Date("2021-11-01T00:00:00+07:00") }],
          },
        }),
      );
      expect(d.outcome).toBe("REFERRED");
    });
  });

  it("denies HITAM in person even when fully vaccinated", () => {
    expect(evaluate(seededRules, visit({ visitor: { status: "HITAM", doses: 3 } })).outcome).toBe("DENIED");
  });

  it("serves with a note under an advisory rule", () => {
    const d = evaluate(
      seededRules,
      visit({ service: "PERBANKAN", agencyKind: "PRIVATE", visitor: { status: "MERAH", doses: 0 } }),
    );
    expect(d.outcome).toBe("SERVED_NO_REQUIREMENT");
    expect(d.reason.id).toContain("imbauan");
    expect(d.rules[0].code).toBe("SE1395-LAYANAN-UMUM");
  });

  it("tells from when a visitor will pass a waiting period after the last dose", () => {
    const definition: RuleDefinition = {
      scope: { services: ["SIM"], agencyKinds: ["GOVERNMENT"] },
      requirement: { minDoses: 2, minDaysSinceLastDose: 14 },
      exemptions: [],
      onFail: "DENY",
    };
    const rule: EngineRule = {
      id: "r",
      code: "WAIT",
      version: 1,
      validFrom: new Date("2021-01-01T00:00:00Z"),
      validTo: null,
      strength: "WAJIB",
      definition,
    };
    const lastDoseAt = new Date("2021-10-01T10:00:00+07:00");
    const early = evaluate(
      [rule],
      visit({ service: "SIM", at: new Date("2021-10-10T09:00:00+07:00"), visitor: { doses: 2, lastDoseAt } }),
    );
    expect(early.outcome).toBe("DENIED");
    expect(early.passableFrom).toEqual(new Date("2021-10-15T10:00:00+07:00"));
    expect(early.reason.id).toContain("15 Oktober 2021");
    expect(early.reason.en).toContain("15 October 2021");
    expect(
      evaluate(
        [rule],
        visit({ service: "SIM", at: new Date("2021-10-15T10:00:00+07:00"), visitor: { doses: 2, lastDoseAt } }),
      ).outcome,
    ).toBe("SERVED_VACCINATED");
  });

  it("applies the strictest failure action when two rules fail", () => {
    const refer: EngineRule = {
      id: "a",
      code: "A",
      version: 1,
      validFrom: new Date(0),
      validTo: null,
      strength: "WAJIB",
      definition: {
        scope: { services: ["SIM"], agencyKinds: ["GOVERNMENT"] },
        requirement: { minDoses: 1 },
        exemptions: [],
        onFail: "REFER",
      },
    };
    const deny: EngineRule = { ...refer, id: "b", code: "B", definition: { ...refer.definition, onFail: "DENY" } };
    expect(evaluate([refer, deny], visit({ service: "SIM", visitor: { status: "MERAH", doses: 0 } })).outcome).toBe(
      "DENIED",
    );
  });
});
