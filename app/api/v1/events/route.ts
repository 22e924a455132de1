import { officeForApiKey } from "@/lib/api/api-key-auth";
import { createRateLimiter, perMinuteLimit } from "@/lib/api/rate-limit";
import { readJsonBody } from "@/lib/api/read-body";
import { errorResponse, withPublicRoute } from "@/lib/api/with-route";
import { AppError, fieldErrorsOf } from "@/lib/errors";
import { ingestApiBatch } from "@/lib/services/ingest";
import { eventBatchSchema, MAX_BATCH_BYTES } from "@/lib/validations/event";

const perKey = createRateLimiter(perMinuteLimit());

/**
 * POST /api/v1/events — a scanner's, system's or checkpoint tablet's batch of anonymous visit events.
 * 401 bad key, 413 body too large, 422 not a batch, 429 key over its rate; otherwise
 * 200 with { accepted, duplicates, rejected: [{ index, errors }] }.
 */
export const POST = withPublicRoute({}, async ({ request }) => {
  const { keyId, kind, office } = await officeForApiKey(request);
  const allowed = perKey.take(keyId);
  if (!allowed.ok)
    return errorResponse(new AppError("RATE_LIMITED", "Kunci ini mengirim terlalu sering: coba lagi sebentar lagi."), {
      "Retry-After": String(allowed.retryAfterSeconds),
    });
  const body = await readJsonBody(request, MAX_BATCH_BYTES, 'Kirim { "events": [ … ] } sebagai JSON');
  const batch = eventBatchSchema.safeParse(body);
  if (!batch.success)
    throw new AppError("INVALID", 'Body bukan batch kejadian: { "events": [ … ] }.', fieldErrorsOf(batch.error.issues));
  // Published months are frozen: late events wait for a revision (lib/services/public-releases.ts).
  const result = await ingestApiBatch(office, batch.data.events, kind === "CHECKPOINT" ? "CHECKPOINT" : "API");
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
