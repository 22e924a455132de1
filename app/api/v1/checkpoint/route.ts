import { withKeyRoute } from "@/lib/api/with-route";
import { getCheckpointConfig } from "@/lib/data/checkpoint";

/**
 * GET /api/v1/checkpoint — a checkpoint link's office, services, nearest vaccination post and
 * rules (Authorization: Bearer <checkpoint token>); the tablet caches it to decide offline.
 */
export const GET = withKeyRoute({ kind: "CHECKPOINT" }, async ({ key }) =>
  Response.json(await getCheckpointConfig(key.office.id), { headers: { "Cache-Control": "no-store" } }),
);
