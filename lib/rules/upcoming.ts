import { evaluate } from "./engine";
import type { Decision, EngineRule, Visit } from "./types";

/**
 * The next change the activated rules already hold for this visit: the first instant after
 * the visit at which a version starts or ends and the same visitor would get another
 * outcome, with that decision; null when the answer stays. A resident asking about a day
 * before a scheduled version learns that the answer changes, from when, and to what.
 */
export function nextChange(
  rules: readonly EngineRule[],
  visit: Visit,
  decision: Decision = evaluate(rules, visit),
): { from: Date; decision: Decision } | null {
  const boundaries = [
    ...new Set(
      rules
        .flatMap((rule) => [rule.validFrom, rule.validTo])
        .filter((at): at is Date => at !== null && at.getTime() > visit.at.getTime())
        .map((at) => at.getTime()),
    ),
  ].sort((a, b) => a - b);
  for (const time of boundaries) {
    const later = evaluate(rules, { ...visit, at: new Date(time) });
    if (later.outcome !== decision.outcome) return { from: new Date(time), decision: later };
  }
  return null;
}
