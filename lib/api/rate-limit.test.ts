import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clientAddress, memoryRateLimiter } from "./rate-limit";

describe("rate limiter", () => {
  it("allows `limit` requests per window per key, then says when to retry", async () => {
    const limiter = memoryRateLimiter({ limit: 2, windowMs: 60_000 });
    expect(await limiter.take("a", 0)).toEqual({ ok: true });
    expect(await limiter.take("a", 1000)).toEqual({ ok: true });
    expect(await limiter.take("a", 2000)).toEqual({ ok: false, retryAfterSeconds: 58 });
    expect(await limiter.take("b", 2000)).toEqual({ ok: true });
    expect(await limiter.take("a", 60_000)).toEqual({ ok: true });
  });

  it("counts before it answers: of 50 takes at once, exactly `limit` are allowed", async () => {
    const limiter = memoryRateLimiter({ limit: 5, windowMs: 60_000 });
    const verdicts = await Promise.all(Array.from({ length: 50 }, () => limiter.take("a", 0)));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(5);
  });

  it("gives a released slot back within the window, never below zero", async () => {
    const limiter = memoryRateLimiter({ limit: 1, windowMs: 60_000 });
    await limiter.release("a", 0);
    expect(await limiter.take("a", 0)).toEqual({ ok: true });
    expect((await limiter.take("a", 1)).ok).toBe(false);
    await limiter.release("a", 2);
    expect(await limiter.take("a", 3)).toEqual({ ok: true });
  });

  const chain = (...entries: string[]) => new Headers(entries.length ? { "x-forwarded-for": entries.join(", ") } : {});

  it("keys a direct client by the connection's address, whatever it wrote in X-Forwarded-For", () => {
    // scripts/serve.mjs appends the peer: "<what the client wrote>, <peer>".
    expect(clientAddress(chain("1.2.3.4", "10.0.0.9"), 0)).toBe("10.0.0.9");
    expect(clientAddress(chain("10.0.0.9"), 0)).toBe("10.0.0.9");
    expect(clientAddress(chain(), 0)).toBe("local");
  });

  it("behind N trusted proxies, keys by the address the outermost one saw", () => {
    // nginx appends the client it saw; our server appends nginx.
    expect(clientAddress(chain("6.6.6.6", "203.0.113.7", "127.0.0.1"), 1)).toBe("203.0.113.7");
    expect(clientAddress(chain("203.0.113.7", "127.0.0.1"), 1)).toBe("203.0.113.7");
  });

  it("cannot be moved by anything a client prepends", () => {
    fc.assert(
      fc.property(
        fc.array(fc.ipV4(), { maxLength: 5 }),
        fc.ipV4(),
        fc.integer({ min: 0, max: 3 }),
        (forged, client, hops) => {
          const proxies = Array.from({ length: hops }, (_, i) => `10.0.0.${i + 1}`);
          expect(clientAddress(chain(...forged, client, ...proxies), hops)).toBe(client);
        },
      ),
    );
  });
});
