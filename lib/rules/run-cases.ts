import { ruleCaseInputSchema } from "./definition";
import { toVisit } from "./convert";
import { evaluate } from "./engine";
import type { EngineRule, Reason } from "./types";
import type { OutcomeCode } from "@/lib/vocabulary";

export type StoredCase = { id: string; name: string; input: unknown; expectedOutcome: OutcomeCode };
export type CaseResult = {
  id: string;
  name: string;
  expected: OutcomeCode;
  actual: OutcomeCode | null;
  passed: boolean;
  reason: Reason;
};

/** Runs test cases against one rule version alone: each case's own fixed time, no clock. */
export function runCases(rule: EngineRule, cases: readonly StoredCase[]): CaseResult[] {
  return cases.map((c) => {
    const input = ruleCaseInputSchema.safeParse(c.input);
    if (!input.success) {
      return {
        id: c.id,
        name: c.name,
        expected: c.expectedOutcome,
        actual: null,
        passed: false,
        reason: { id: "Masukan kasus tidak valid.", en: "The case input is invalid." },
      };
    }
    const decision = evaluate([rule], toVisit(input.data));
    return {
      id: c.id,
      name: c.name,
      expected: c.expectedOutcome,
      actual: decision.outcome,
      passed: decision.outcome === c.expectedOutcome,
      reason: decision.reason,
    };
  });
}
