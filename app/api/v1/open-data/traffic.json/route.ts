import { perMinuteLimit } from "@/lib/api/rate-limit";
import { cachedResponse, openDataBody } from "@/lib/api/open-data";
import { withPublicRoute } from "@/lib/api/with-route";
import { openDataQuerySchema } from "@/lib/validations/open-data";

/** GET /api/v1/open-data/traffic.json?from&to&by — gated-service visits by outcome, small counts suppressed. */
export const GET = withPublicRoute(
  { query: openDataQuerySchema, rateLimit: perMinuteLimit() },
  async ({ query, request }) => {
    const { body, etag } = await openDataBody(query, "json");
    return cachedResponse(request, body, "application/json; charset=utf-8", etag);
  },
);
