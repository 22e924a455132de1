import { describe, expect, it } from "vitest";
import { createGate, GateFullError } from "./concurrency-gate";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("concurrency gate", () => {
  it("runs at most `concurrency` jobs at once, queues `queue` more and refuses the rest at once", async () => {
    const gate = createGate({ concurrency: 2, queue: 3, retryAfterSeconds: 7 });
    let active = 0;
    let peak = 0;
    const job = async () => {
      active++;
      peak = Math.max(peak, active);
      await sleep(20);
      active--;
      return "done";
    };
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => gate.run(job)));
    expect(peak).toBe(2);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(5);
    for (const r of refused) expect(r.reason).toEqual(new GateFullError(7));
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it("frees its slot when a job throws", async () => {
    const gate = createGate({ concurrency: 1, queue: 0 });
    await expect(gate.run(() => Promise.reject(new Error("x")))).rejects.toThrow("x");
    expect(await gate.run(async () => 1)).toBe(1);
  });
});
