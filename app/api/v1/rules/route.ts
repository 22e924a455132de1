import { perMinuteLimit } from "@/lib/api/rate-limit";
import { z } from "zod";
import { withPublicRoute } from "@/lib/api/with-route";
import { isoInstant } from "@/lib/validations/dates";
import { findVersionsInForce } from "@/lib/data/rules";

const querySchema = z.strictObject({
  at: isoInstant("at: waktu ISO 8601 dengan zona, mis. 2021-10-01T09:00:00+07:00").optional(),
});

/** GET /api/v1/rules[?at=ISO] — the rule versions in force now (or at `at`) as JSON. */
export const GET = withPublicRoute({ query: querySchema, rateLimit: perMinuteLimit() }, async ({ query }) => {
  const at = query.at ? new Date(query.at) : new Date();
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
