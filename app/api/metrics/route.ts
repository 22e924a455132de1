import { bearerMatches } from "@/lib/api/bearer";
import { pool } from "@/lib/db-pool";
import { env } from "@/lib/env";
import { metrics } from "@/lib/metrics.mjs";

export const dynamic = "force-dynamic";

/**
 * GET /api/metrics — this instance's metrics in Prometheus' text format (request counts and
 * latencies per route, events accepted/duplicate/rejected, public release cache hits, the
 * database pool, the process), for a Prometheus that sends `Authorization: Bearer
 * METRICS_TOKEN`. Off (404) without METRICS_TOKEN; 401 with a wrong token.
 */
export async function GET(request: Request) {
  const token = env().METRICS_TOKEN;
  const headers = { "Cache-Control": "no-store" };
  if (!token) return new Response("Not found", { status: 404, headers });
  if (!bearerMatches(request, token)) return new Response("Unauthorized", { status: 401, headers });
  const { registry, dbPool } = metrics();
  const connections = pool();
  dbPool.set({ state: "total" }, connections.totalCount);
  dbPool.set({ state: "idle" }, connections.idleCount);
  dbPool.set({ state: "waiting" }, connections.waitingCount);
  return new Response(await registry.metrics(), {
    headers: { ...headers, "Content-Type": registry.contentType },
  });
}
