import { perMinuteLimit } from "@/lib/api/rate-limit";
import { cachedResponse, openTrafficTable } from "@/lib/api/open-data";
import { withPublicRoute } from "@/lib/api/with-route";
import { openDataQuerySchema } from "@/lib/validations/open-data";

/** GET /api/v1/open-data/traffic.json?from&to&by — gated-service visits by outcome, small counts suppressed. */
export const GET = withPublicRoute({ query: openDataQuerySchema, rateLimit: perMinuteLimit() }, async ({ query, request }) =>
  cachedResponse(request, JSON.stringify(await openTrafficTable(query)), "application/json; charset=utf-8"),
);
