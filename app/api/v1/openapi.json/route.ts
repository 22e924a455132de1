import { perMinuteLimit } from "@/lib/api/rate-limit";
import { withPublicRoute } from "@/lib/api/with-route";
import { openApiDocument } from "@/lib/api/openapi";

/** GET /api/v1/openapi.json — the OpenAPI 3.1 document of this API, generated from its zod schemas. */
export const GET = withPublicRoute({ rateLimit: perMinuteLimit() }, async ({ request }) =>
  Response.json(openApiDocument(new URL(request.url).origin), {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  }),
);
