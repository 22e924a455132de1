import { perMinuteLimit } from "@/lib/api/rate-limit";
import { offerDirectRoute } from "@/lib/direct-routes.mjs";
import { withKeyRoute } from "@/lib/api/with-route";
import { localizeMessages } from "@/lib/i18n/messages";
import { ingestApiBatch } from "@/lib/services/ingest";
import { eventBatchSchema, MAX_BATCH_BYTES } from "@/lib/validations/event";

/**
 * POST /api/v1/events — a scanner's, system's or checkpoint tablet's batch of anonymous visit events.
 * 401 bad key, 413 body too large, 422 not a batch, 429 key over its rate; otherwise
 * 200 with { accepted, duplicates, rejected: [{ index, errors }] }.
 */
export const POST = withKeyRoute(
  {
    rateLimit: perMinuteLimit(),
    body: eventBatchSchema,
    maxBodyBytes: MAX_BATCH_BYTES,
    bodyShape: '{ "events": [ … ] }',
  },
  async ({ key, body, locale }) => {
    // Published months are frozen: late events wait for a revision (lib/services/public-releases.ts).
    const source = key.kind === "CHECKPOINT" ? "CHECKPOINT" : "API";
    const result = await ingestApiBatch(key.office, body.events, source);
    return Response.json(localizeMessages(result, locale), { headers: { "Cache-Control": "no-store" } });
  },
);

// A desk or a scanner sends visits one by one: the server answers them without Next's pipeline
// once this module is loaded (lib/direct-routes.mjs).
offerDirectRoute("POST", "/api/v1/events", POST);
