import { clockIsSet, now } from "@/lib/clock";
import { databaseIsUp } from "@/lib/data/health";
import { replicaHealth } from "@/lib/read-db";
import { redisHealth } from "@/lib/redis";

export const dynamic = "force-dynamic";

/**
 * GET /api/health → { status, now, clock, db, replica?, redis? }: 200 when the database answers, 503 when
 * not. The replica (DATABASE_REPLICA_URL) and Redis (REDIS_URL) are reported where they are
 * configured; without them an instance still serves (reads go to the primary, rate limits are
 * counted on its own), so it stays 200 and says "degraded". `now` is the instant SIGAP believes
 * it is (its business clock, lib/clock.ts); `clock` says whether that was set ("set") or is the
 * real time ("real").
 */
export async function GET() {
  const [db, replica, redis] = await Promise.all([databaseIsUp(), replicaHealth(), redisHealth()]);
  const healthy = db && replica !== "down" && redis !== "down";
  return Response.json(
    {
      status: healthy ? "ok" : "degraded",
      now: now().toISOString(),
      clock: clockIsSet() ? "set" : "real",
      db: db ? "up" : "down",
      ...(replica ? { replica } : {}),
      ...(redis ? { redis } : {}),
    },
    { status: db ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
