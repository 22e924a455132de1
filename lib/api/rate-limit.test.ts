import { describe, expect, it } from "vitest";
import { clientKey, createRateLimiter } from "./rate-limit";

describe("rate limiter", () => {
  it("allows `limit` requests per window per key, then says when to retry", () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 });
    expect(limiter.take("a", 0)).toEqual({ ok: true });
    expect(limiter.take("a", 1000)).toEqual({ ok: true });
    expect(limiter.take("a", 2000)).toEqual({ ok: false, retryAfterSeconds: 58 });
    expect(limiter.take("b", 2000)).toEqual({ ok: true });
    expect(limiter.take("a", 60_000)).toEqual({ ok: true });
  });

  it("keys by the forwarded client address", () => {
    expect(clientKey(new Request("http://x", { headers: { "x-forwarded-for": "10.0.0.1, 10.0.0.2" } }))).toBe("10.0.0.1");
    expect(clientKey(new Request("http://x"))).toBe("local");
  });
});
