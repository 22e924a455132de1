import type { Decision } from "@/lib/rules/types";

/** A decision as the API answers it: rules by their stable code and version. */
export function decisionJson(decision: Decision) {
  return {
    outcome: decision.outcome,
    rules: decision.rules.map((r) => ({ id: r.code, version: r.version })),
    reason: decision.reason,
    ...(decision.passableFrom ? { passableFrom: decision.passableFrom.toISOString() } : {}),
  };
}
