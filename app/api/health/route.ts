import { databaseIsUp } from "@/lib/data/health";
import { redisHealth } from "@/lib/redis";

export const dynamic = "force-dynamic";

/**
 * GET /api/health → { status, db, redis? }: 200 when the database answers, 503 when not.
 * Redis is reported where it is configured (REDIS_URL); without it an instance still serves,
 * counting its rate limits on its own, so it stays 200 and says "degraded".
 */
export async function GET() {
  const [db, redis] = await Promise.all([databaseIsUp(), redisHealth()]);
  const healthy = db && redis !== "down";
  return Response.json(
    { status: healthy ? "ok" : "degraded", db: db ? "up" : "down", ...(redis ? { redis } : {}) },
    { status: db ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
