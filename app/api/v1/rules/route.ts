import { now } from "@/lib/clock";
import { perMinuteLimit } from "@/lib/api/rate-limit";
import { withPublicRoute } from "@/lib/api/with-route";
import { rulesQuerySchema } from "@/lib/validations/rule";
import { findVersionsInForce } from "@/lib/data/rules";

/** GET /api/v1/rules[?at=ISO] — the rule versions in force now (or at `at`) as JSON. */
export const GET = withPublicRoute({ query: rulesQuerySchema, rateLimit: perMinuteLimit() }, async ({ query }) => {
  const at = query.at ? new Date(query.at) : now();
  const versions = await findVersionsInForce(at);
  return Response.json(
    {
      at: at.toISOString(),
      rules: versions.map((v) => ({
        id: v.rule.code,
        version: v.version,
        title: v.rule.title,
        circular: v.rule.circular.number,
        clause: v.clause ? { number: v.clause.number, text: v.clause.text } : null,
        strength: v.strength,
        validFrom: v.validFrom.toISOString(),
        validTo: v.validTo?.toISOString() ?? null,
        description: { id: v.descriptionId, en: v.descriptionEn },
        definition: v.definition,
      })),
    },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
});
