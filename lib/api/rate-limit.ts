import { realNowMs } from "@/lib/clock";
import type Redis from "ioredis";
import { clientAddressOf } from "@/lib/client-address.mjs";
import { env } from "@/lib/env";

// Fixed-window request counters per key (a client address, an API key, an account). With
// REDIS_URL every instance counts in Redis, so a limit holds across all of them (INCR and a
// TTL, Redis's own rate-limiter pattern); without it, in this process's memory — the
// embedded one-process default. If Redis stops answering, the process counts on its own
// until it is back: limits stay, only per process.

export type RateLimit = { limit: number; windowMs: number };
export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number };

export type RateLimiter = {
  /**
   * Counts one request for `key` and says whether it is allowed, and when to retry. The count
   * is taken before the answer (atomically), so N requests at once get at most `limit` yeses:
   * a caller that counts only failures takes first and gives the slot back on success.
   */
  take(key: string, now?: number): Promise<Verdict>;
  /** Gives back one slot taken by `take` (the attempt it reserved turned out not to count). */
  release(key: string, now?: number): Promise<void>;
  /** Forgets `key` (a successful sign-in clears its failures). */
  reset(key: string): Promise<void>;
};

/** The limit of every public API: RATE_LIMIT_PER_MINUTE requests per minute (120 unless configured). */
export function perMinuteLimit(): RateLimit {
  return { limit: env().RATE_LIMIT_PER_MINUTE, windowMs: 60_000 };
}

type Window = { start: number; count: number };

/** Counters in this process's memory; `now` lets tests move time. */
export function memoryRateLimiter({ limit, windowMs }: RateLimit): RateLimiter {
  const windows = new Map<string, Window>();
  const verdict = (current: Window | undefined, now: number): Verdict =>
    !current || now - current.start >= windowMs || current.count < limit
      ? { ok: true }
      : { ok: false, retryAfterSeconds: Math.ceil((current.start + windowMs - now) / 1000) };
  return {
    async take(key, now = realNowMs()) {
      if (windows.size > 10_000) for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
      const current = windows.get(key);
      if (!current || now - current.start >= windowMs) {
        windows.set(key, { start: now, count: 1 });
        return { ok: true };
      }
      const answer = verdict(current, now);
      if (answer.ok) current.count++;
      return answer;
    },
    async release(key, now = realNowMs()) {
      const current = windows.get(key);
      if (current && now - current.start < windowMs && current.count > 0) current.count--;
    },
    async reset(key) {
      windows.delete(key);
    },
  };
}

/** Counts the request and starts the window on the first one, atomically: [count, ms left]. */
const TAKE_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {count, redis.call('PTTL', KEYS[1])}`;

/** Gives one count back, never below zero, keeping the window's TTL. */
const RELEASE_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 1 and tonumber(redis.call('GET', KEYS[1])) > 0 then
  redis.call('DECR', KEYS[1])
end
return 0`;

/**
 * Counters in Redis under `sigap:rl:<name>:<key>`, shared by every instance; the window is
 * Redis's clock (the key's TTL), so `now` is not used. Falls back to `fallback` when Redis fails.
 */
export function redisRateLimiter(
  redis: Redis,
  name: string,
  { limit, windowMs }: RateLimit,
  fallback: RateLimiter = memoryRateLimiter({ limit, windowMs }),
): RateLimiter {
  const keyOf = (key: string) => `sigap:rl:${name}:${key}`;
  const refused = (msLeft: number): Verdict => ({
    ok: false,
    retryAfterSeconds: Math.max(1, Math.ceil(msLeft / 1000)),
  });
  return {
    async take(key, now) {
      try {
        const [count, msLeft] = (await redis.eval(TAKE_SCRIPT, 1, keyOf(key), windowMs)) as [number, number];
        return count <= limit ? { ok: true } : refused(msLeft);
      } catch {
        return fallback.take(key, now);
      }
    },
    async release(key, now) {
      try {
        await redis.eval(RELEASE_SCRIPT, 1, keyOf(key));
      } catch {
        await fallback.release(key, now);
      }
    },
    async reset(key) {
      await fallback.reset(key);
      await redis.del(keyOf(key)).catch(() => undefined);
    },
  };
}

/**
 * A limiter named `name` (one per kind of limit: "api", "signin-account"): in Redis when
 * this process has it, else in memory. `redis` is passed in so that this module stays free
 * of the server-only connection (lib/redis.ts).
 */
export function createRateLimiter(name: string, limit: RateLimit, redis: Redis | null): RateLimiter {
  return redis ? redisRateLimiter(redis, name, limit) : memoryRateLimiter(limit);
}

/** The client's address (lib/client-address.mjs: the server's X-Forwarded-For, read from the right). */
export function clientAddress(headers: Headers, trustedProxies = env().TRUSTED_PROXY_COUNT): string {
  return clientAddressOf(headers.get("x-forwarded-for"), trustedProxies);
}

/** The rate-limit key of a request: its client address. */
export function clientKey(request: Request): string {
  return clientAddress(request.headers);
}
