import { env } from "@/lib/env";

// A fixed-window request counter per key (client address), in this process's memory.
// One SIGAP process serves the city; several would each count on their own, which only
// makes the limit more generous, never stricter.

type Window = { start: number; count: number };

export type RateLimit = { limit: number; windowMs: number };
export type RateLimiter = ReturnType<typeof createRateLimiter>;

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
      if (current.count >= limit)
        return { ok: false, retryAfterSeconds: Math.ceil((current.start + windowMs - now) / 1000) };
      current.count++;
      return { ok: true };
    },
    /** Whether `key` is over its limit now, without counting a request. */
    check(key: string, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
      const current = windows.get(key);
      if (!current || now - current.start >= windowMs || current.count < limit) return { ok: true };
      return { ok: false, retryAfterSeconds: Math.ceil((current.start + windowMs - now) / 1000) };
    },
    /** Forgets `key` (a successful sign-in clears its failures). */
    reset(key: string): void {
      windows.delete(key);
    },
  };
}

/**
 * The client's address. SIGAP's server (scripts/serve.mjs) appends the address of the
 * connection to X-Forwarded-For, so the last entry is the peer; each of the
 * TRUSTED_PROXY_COUNT proxies in front appended the address it saw before it. The entry
 * TRUSTED_PROXY_COUNT places from the end is therefore the client as the outermost trusted
 * proxy saw it — anything left of it the client may have written itself.
 */
export function clientAddress(headers: Headers, trustedProxies = env().TRUSTED_PROXY_COUNT): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? "local";
}

/** The rate-limit key of a request: its client address. */
export function clientKey(request: Request): string {
  return clientAddress(request.headers);
}
