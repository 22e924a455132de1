import "server-only";
import Redis from "ioredis";
import { env } from "@/lib/env";

// The Redis connection of this process, when REDIS_URL is set: the state several SIGAP
// instances must share (rate limits, sign-in lockouts) lives there, never in one process.
// Commands wait for the connection at most a second and fail after one retry while Redis is
// away, so a caller can fall back instead of hanging a request.

let client: Redis | null | undefined;

/** This process's Redis client, or null when SIGAP runs without Redis (one process). */
export function redisClient(): Redis | null {
  if (client !== undefined) return client;
  const url = env().REDIS_URL;
  client = url ? connectRedis(url) : null;
  return client;
}

/** A client for `url` that answers every command quickly, also while disconnected. */
export function connectRedis(url: string): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    connectTimeout: 1_000,
    commandTimeout: 1_000,
  });
  // ioredis reports a lost connection as an "error" event; without a listener Node would exit.
  redis.on("error", () => undefined);
  return redis;
}

/** "up", "down", or null when not configured: for /api/health. */
export async function redisHealth(): Promise<"up" | "down" | null> {
  const redis = redisClient();
  if (!redis) return null;
  try {
    return (await redis.ping()) === "PONG" ? "up" : "down";
  } catch {
    return "down";
  }
}
