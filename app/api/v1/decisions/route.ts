import { now } from "@/lib/clock";
import { perMinuteLimit } from "@/lib/api/rate-limit";
import { withPublicRoute } from "@/lib/api/with-route";
import { decisionJson } from "@/lib/api/rules-json";
import { loadActiveRules } from "@/lib/data/rules";
import { toVisit } from "@/lib/rules/convert";
import { evaluate } from "@/lib/rules/engine";
import { nextChange } from "@/lib/rules/upcoming";
import { decisionRequestSchema } from "@/lib/validations/decision";

/**
 * POST /api/v1/decisions — may this visitor be served, and why (public, rate-limited); with
 * `changes` when a version already scheduled gives the same visitor another answer later.
 * A colour and a dose count that contradict each other are a 422 naming visitor.doses.
 */
export const POST = withPublicRoute({ body: decisionRequestSchema, rateLimit: perMinuteLimit() }, async ({ body }) => {
  const rules = await loadActiveRules();
  const visit = toVisit({ ...body, at: body.at ?? now().toISOString() });
  const decision = evaluate(rules, visit);
  const change = nextChange(rules, visit, decision);
  return Response.json(
    {
      ...decisionJson(decision),
      changes: change ? { from: change.from.toISOString(), ...decisionJson(change.decision) } : null,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
});
