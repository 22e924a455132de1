import { perMinuteLimit } from "@/lib/api/rate-limit";
import { cachedResponse, openDataBody } from "@/lib/api/open-data";
import { withPublicRoute } from "@/lib/api/with-route";
import { openDataQuerySchema } from "@/lib/validations/open-data";

/** GET /api/v1/open-data/traffic.csv?from&to&by — the same table as CSV. */
export const GET = withPublicRoute(
  { query: openDataQuerySchema, rateLimit: perMinuteLimit() },
  async ({ query, request }) => {
    const { body, etag, filename } = await openDataBody(query, "csv");
    return cachedResponse(request, body, "text/csv; charset=utf-8", etag, filename);
  },
);
