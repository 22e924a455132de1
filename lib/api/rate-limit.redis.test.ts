import { afterAll, describe, expect, it } from "vitest";
import { connectRedis } from "@/lib/redis";
import { memoryRateLimiter, redisRateLimiter } from "./rate-limit";

// Two SIGAP instances are two processes with their own Redis connections: here, two clients.
// Runs against a real Redis (REDIS_URL or TEST_REDIS_URL; .ci/run sets it).
const url = process.env.REDIS_URL ?? process.env.TEST_REDIS_URL;

describe.runIf(url)("rate limits shared through Redis", () => {
  const [one, two] = [connectRedis(url!), connectRedis(url!)];
  afterAll(() => {
    one.disconnect();
    two.disconnect();
  });
  const name = `test-${process.pid}-${Date.now()}`;

  it("holds a limit across two instances: 120 per minute is 120 in all, not 120 each", async () => {
    const limit = { limit: 120, windowMs: 60_000 };
    const [a, b] = [redisRateLimiter(one, name, limit), redisRateLimiter(two, name, limit)];
    const verdicts = await Promise.all(Array.from({ length: 130 }, (_, i) => (i % 2 ? a : b).take("203.0.113.7")));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(120);
    const refused = verdicts.find((v) => !v.ok);
    expect(refused).toMatchObject({ ok: false });
    expect(refused && !refused.ok && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused && !refused.ok && refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another client is not affected.
    expect(await a.take("198.51.100.1")).toEqual({ ok: true });
  });

  it("a lockout set on one instance is lifted on the other by a reset", async () => {
    const limit = { limit: 2, windowMs: 15 * 60_000 };
    const [a, b] = [redisRateLimiter(one, `${name}-signin`, limit), redisRateLimiter(two, `${name}-signin`, limit)];
    await a.take("budi@bekasikota.go.id");
    await a.take("budi@bekasikota.go.id");
    expect((await b.take("budi@bekasikota.go.id")).ok).toBe(false);
    await b.reset("budi@bekasikota.go.id");
    expect((await a.take("budi@bekasikota.go.id")).ok).toBe(true);
  });

  it("a slot released on one instance can be taken on the other, and never goes below zero", async () => {
    const limit = { limit: 1, windowMs: 60_000 };
    const [a, b] = [redisRateLimiter(one, `${name}-release`, limit), redisRateLimiter(two, `${name}-release`, limit)];
    await a.release("k");
    expect(await a.take("k")).toEqual({ ok: true });
    expect((await b.take("k")).ok).toBe(false);
    await b.release("k");
    await b.release("k");
    expect(await a.take("k")).toEqual({ ok: true });
    expect((await b.take("k")).ok).toBe(false);
  });

  it("keeps limiting in this process when Redis stops answering", async () => {
    const gone = connectRedis("redis://127.0.0.1:1");
    const limiter = redisRateLimiter(
      gone,
      name,
      { limit: 1, windowMs: 60_000 },
      memoryRateLimiter({ limit: 1, windowMs: 60_000 }),
    );
    expect(await limiter.take("x")).toEqual({ ok: true });
    expect((await limiter.take("x")).ok).toBe(false);
    gone.disconnect();
  });
});
