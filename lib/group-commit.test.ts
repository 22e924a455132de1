import { describe, expect, it } from "vitest";
import { groupCommit } from "./group-commit";

/** A run that records the groups it was given and finishes when told to. */
function recorder() {
  const groups: number[][] = [];
  const finish: (() => void)[] = [];
  const run = async (_key: string, items: readonly number[]) => {
    groups.push([...items]);
    await new Promise<void>((resolve) => finish.push(resolve));
    if (items.includes(13)) throw new Error("unlucky");
    return items.map((n) => n * 10);
  };
  return { groups, finish, run };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("group commit", () => {
  it("runs a lone item at once, and gathers what arrives meanwhile into the next run", async () => {
    const { groups, finish, run } = recorder();
    const store = groupCommit(run, { maxWeight: 100, weightOf: () => 1 });
    const first = store("office", 1);
    await tick();
    expect(groups).toEqual([[1]]);
    const later = [2, 3, 4].map((n) => store("office", n));
    await tick();
    expect(groups).toEqual([[1]]);
    finish.shift()!();
    expect(await first).toBe(10);
    await tick();
    expect(groups).toEqual([[1], [2, 3, 4]]);
    finish.shift()!();
    expect(await Promise.all(later)).toEqual([20, 30, 40]);
  });

  it("keeps keys apart: another office's item does not wait", async () => {
    const { groups, finish, run } = recorder();
    const store = groupCommit(run, { maxWeight: 100, weightOf: () => 1 });
    const a = store("a", 1);
    const b = store("b", 2);
    await tick();
    expect(groups).toEqual([[1], [2]]);
    finish.splice(0).forEach((f) => f());
    expect([await a, await b]).toEqual([10, 20]);
  });

  it("fails only the group whose run failed, and goes on with the next", async () => {
    const { groups, finish, run } = recorder();
    const store = groupCommit(run, { maxWeight: 100, weightOf: () => 1 });
    const first = store("office", 1);
    await tick();
    const unlucky = [12, 13].map((n) => store("office", n));
    finish.shift()!();
    await first;
    await tick();
    const after = store("office", 5);
    finish.shift()!();
    for (const p of unlucky) await expect(p).rejects.toThrow("unlucky");
    await tick();
    finish.shift()!();
    expect(await after).toBe(50);
    expect(groups).toEqual([[1], [12, 13], [5]]);
  });

  it("puts no more than the weight limit in one run, and a heavier item alone", async () => {
    const { groups, finish, run } = recorder();
    const store = groupCommit(run, { maxWeight: 10, weightOf: (n) => n });
    const all = [1, 3, 4, 2, 30, 5].map((n) => store("office", n));
    for (let runs = 0; runs < 4; runs++) {
      await tick();
      finish.shift()!();
    }
    expect(await Promise.all(all)).toEqual([10, 30, 40, 20, 300, 50]);
    expect(groups).toEqual([[1], [3, 4, 2], [30], [5]]);
  });
});
