import { describe, expect, it } from "vitest";
import { KeptPromises } from "./kept-promises";

describe("kept promises", () => {
  it("computes a key once, also for callers asking while it is computed", async () => {
    const kept = new KeptPromises(10);
    let runs = 0;
    const compute = async () => {
      runs++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { value: runs };
    };
    const [a, b] = await Promise.all([kept.get("k", compute), kept.get("k", compute)]);
    expect(a).toBe(b);
    expect(await kept.get("k", compute)).toBe(a);
    expect(runs).toBe(1);
  });

  it("forgets a failed computation, so the next caller computes again", async () => {
    const kept = new KeptPromises(10);
    await expect(kept.get("k", () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    await Promise.resolve();
    expect(await kept.get("k", async () => 42)).toBe(42);
  });

  it("keeps at most its maximum, letting the least recently used go first", async () => {
    const kept = new KeptPromises(2);
    const runs: string[] = [];
    const compute = (key: string) => async () => (runs.push(key), key);
    await kept.get("a", compute("a"));
    await kept.get("b", compute("b"));
    await kept.get("a", compute("a")); // a is now the most recently used
    await kept.get("c", compute("c")); // b goes
    expect(kept.size).toBe(2);
    await kept.get("a", compute("a"));
    await kept.get("b", compute("b"));
    expect(runs).toEqual(["a", "b", "c", "b"]);
  });
});
