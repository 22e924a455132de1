import { officeForApiKey } from "@/lib/api/api-key-auth";
import { withPublicRoute } from "@/lib/api/with-route";
import { getCheckpointConfig } from "@/lib/data/checkpoint";

/**
 * GET /api/v1/checkpoint — a checkpoint link's office, services, nearest vaccination post and
 * rules (Authorization: Bearer <checkpoint token>); the tablet caches it to decide offline.
 */
export const GET = withPublicRoute({}, async ({ request }) => {
  const { office } = await officeForApiKey(request, "CHECKPOINT");
  return Response.json(await getCheckpointConfig(office.id), { headers: { "Cache-Control": "no-store" } });
});
