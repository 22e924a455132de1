import { describe, expect, it } from "vitest";
import { createInflightLimit } from "./inflight-limit.mjs";

describe("requests in the app per key", () => {
  it("lets `limit` in per key, queues `queue` more in order, refuses the rest at once", async () => {
    const limit = createInflightLimit(2, 1);
    expect(await Promise.all([limit.enter("a"), limit.enter("a"), limit.enter("b")])).toEqual([true, true, true]);
    let third: boolean | undefined;
    void limit.enter("a").then((entered) => (third = entered));
    expect(await limit.enter("a")).toBe(false);
    await Promise.resolve();
    expect(third).toBeUndefined();
    limit.leave("a");
    await Promise.resolve();
    expect(third).toBe(true);
    for (const key of ["a", "a", "b"]) limit.leave(key);
    expect(limit.size()).toBe(0);
  });
});
