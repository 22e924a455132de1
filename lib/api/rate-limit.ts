import { env } from "@/lib/env";

// A fixed-window request counter per key (client address), in this process's memory.
// One SIGAP process serves the city; several would each count on their own, which only
// makes the limit more generous, never stricter.

type Window = { start: number; count: number };

export type RateLimit = { limit: number; windowMs: number };

/** The limit of every public API: RATE_LIMIT_PER_MINUTE requests per minute (120 unless configured). */
export function perMinuteLimit(): RateLimit {
  return { limit: env().RATE_LIMIT_PER_MINUTE, windowMs: 60_000 };
}

/** A limiter: `take(key)` counts one request and says whether it is allowed, and when to retry. */
export function createRateLimiter({ limit, windowMs }: RateLimit) {
  const windows = new Map<string, Window>();
  return {
    take(key: string, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
      if (windows.size > 10_000) for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
      const current = windows.get(key);
      if (!current || now - current.start >= windowMs) {
        windows.set(key, { start: now, count: 1 });
        return { ok: true };
      }
      if (current.count >= limit) return { ok: false, retryAfterSeconds: Math.ceil((current.start + windowMs - now) / 1000) };
      current.count++;
      return { ok: true };
    },
  };
}

/** The client's address as the proxy in front of SIGAP reports it ("local" when there is none). */
export function clientKey(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "local";
}
