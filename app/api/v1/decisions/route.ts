import { perMinuteLimit } from "@/lib/api/rate-limit";
import { withPublicRoute } from "@/lib/api/with-route";
import { decisionJson } from "@/lib/api/rules-json";
import { loadActiveRules } from "@/lib/data/rules";
import { toVisit } from "@/lib/rules/convert";
import { evaluate } from "@/lib/rules/engine";
import { decisionRequestSchema } from "@/lib/validations/decision";

/** POST /api/v1/decisions — may this visitor be served, and why (public, rate-limited). */
export const POST = withPublicRoute({ body: decisionRequestSchema, rateLimit: perMinuteLimit() }, async ({ body }) => {
  const rules = await loadActiveRules();
  const decision = evaluate(rules, toVisit({ ...body, at: body.at ?? new Date().toISOString() }));
  return Response.json(decisionJson(decision), { headers: { "Cache-Control": "no-store" } });
});
