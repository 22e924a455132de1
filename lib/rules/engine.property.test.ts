import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AGENCY_KINDS, EXEMPTION_CLASSES, PL_STATUSES, SERVICE_CODES } from "@/lib/vocabulary";
import { evaluate } from "./engine";
import type { EngineRule, Visit } from "./types";
import type { OutcomeCode } from "@/lib/vocabulary";

// Properties the engine must keep for any valid input, not only the cases we thought of.

const date = fc.date({
  min: new Date("2021-01-01T00:00:00Z"),
  max: new Date("2023-01-01T00:00:00Z"),
  noInvalidDate: true,
});

const ruleArb: fc.Arbitrary<EngineRule> = fc
  .record({
    id: fc.uuid(),
    code: fc.constantFrom("A", "B", "C"),
    version: fc.integer({ min: 1, max: 9 }),
    validFrom: date,
    days: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
    strength: fc.constantFrom("WAJIB" as const, "IMBAUAN" as const),
    services: fc.uniqueArray(fc.constantFrom(...SERVICE_CODES), { minLength: 1 }),
    agencyKinds: fc.uniqueArray(fc.constantFrom(...AGENCY_KINDS), { minLength: 1 }),
    minDoses: fc.integer({ min: 1, max: 4 }),
    minDaysSinceLastDose: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    exemptions: fc.uniqueArray(
      fc.record({
        class: fc.constantFrom(...EXEMPTION_CLASSES),
        maxDaysSince: fc.option(fc.integer({ min: 1, max: 180 }), { nil: undefined }),
      }),
      { selector: (e) => e.class },
    ),
    onFail: fc.constantFrom("DENY" as const, "REFER" as const, "SERVE_WITH_NOTE" as const),
  })
  .map((r) => ({
    id: r.id,
    code: r.code,
    version: r.version,
    validFrom: r.validFrom,
    validTo: r.days === null ? null : new Date(r.validFrom.getTime() + r.days * 86_400_000),
    strength: r.strength,
    definition: {
      scope: { services: r.services, agencyKinds: r.agencyKinds },
      requirement: { minDoses: r.minDoses, minDaysSinceLastDose: r.minDaysSinceLastDose },
      exemptions: r.exemptions,
      onFail: r.onFail,
    },
  }));

const visitArb: fc.Arbitrary<Visit> = fc.record({
  service: fc.constantFrom(...SERVICE_CODES),
  agencyKind: fc.constantFrom(...AGENCY_KINDS),
  at: date,
  visitor: fc.record({
    status: fc.constantFrom(...PL_STATUSES),
    doses: fc.integer({ min: 0, max: 5 }),
    lastDoseAt: fc.option(date, { nil: undefined }),
    age: fc.integer({ min: 0, max: 100 }),
    exemptions: fc.uniqueArray(
      fc.record({ class: fc.constantFrom(...EXEMPTION_CLASSES), since: fc.option(date, { nil: undefined }) }),
      {
        selector: (e) => e.class,
      },
    ),
  }),
});

// How well a visitor is treated: served in any way is best, then referred, then denied.
const RANK: Record<OutcomeCode, number> = {
  DENIED: 0,
  REFERRED: 1,
  SERVED_NO_REQUIREMENT: 2,
  SERVED_EXEMPT: 2,
  SERVED_VACCINATED: 2,
};

describe("engine properties", () => {
  it("is total: never throws, always answers with an outcome and a reason in both languages", () => {
    fc.assert(
      fc.property(fc.array(ruleArb, { maxLength: 6 }), visitArb, (rules, visit) => {
        const decision = evaluate(rules, visit);
        expect(Object.keys(RANK)).toContain(decision.outcome);
        expect(decision.reason.id.length).toBeGreaterThan(10);
        expect(decision.reason.en.length).toBeGreaterThan(10);
      }),
      { numRuns: 500 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(fc.array(ruleArb, { maxLength: 6 }), visitArb, (rules, visit) => {
        expect(evaluate(rules, visit)).toEqual(evaluate(rules, visit));
      }),
      { numRuns: 300 },
    );
  });

  it("is monotone: a visitor with more doses is never treated worse", () => {
    fc.assert(
      fc.property(
        fc.array(ruleArb, { maxLength: 6 }),
        visitArb,
        fc.integer({ min: 1, max: 3 }),
        (rules, visit, extra) => {
          const more = { ...visit, visitor: { ...visit.visitor, doses: visit.visitor.doses + extra } };
          expect(RANK[evaluate(rules, more).outcome]).toBeGreaterThanOrEqual(RANK[evaluate(rules, visit).outcome]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("only ever cites rule versions in force at the visit's time", () => {
    fc.assert(
      fc.property(fc.array(ruleArb, { maxLength: 6 }), visitArb, (rules, visit) => {
        for (const cited of evaluate(rules, visit).rules) {
          const rule = rules.find((r) => r.id === cited.id)!;
          expect(rule.validFrom.getTime()).toBeLessThanOrEqual(visit.at.getTime());
          if (rule.validTo) expect(visit.at.getTime()).toBeLessThan(rule.validTo.getTime());
        }
      }),
      { numRuns: 300 },
    );
  });
});
