import { describe, expect, it } from "vitest";
import { createRefusedAddresses } from "./refused-addresses.mjs";

describe("addresses refused in front of the app", () => {
  it("refuse an address until its Retry-After passes, then let it in again", () => {
    let ms = 1_000_000;
    const refused = createRefusedAddresses({ now: () => ms });
    expect(refused.secondsLeft("10.0.0.1")).toBe(0);
    refused.refuse("10.0.0.1", 42);
    expect(refused.secondsLeft("10.0.0.1")).toBe(42);
    expect(refused.secondsLeft("10.0.0.2")).toBe(0);
    ms += 41_500;
    expect(refused.secondsLeft("10.0.0.1")).toBe(1);
    ms += 500;
    expect(refused.secondsLeft("10.0.0.1")).toBe(0);
    expect(refused.size()).toBe(0);
  });

  it("never hold more than its bound, however many addresses an attacker has", () => {
    const refused = createRefusedAddresses({ max: 100 });
    for (let n = 0; n < 10_000; n++) refused.refuse(`10.${n >> 16}.${(n >> 8) & 255}.${n & 255}`, 60);
    expect(refused.size()).toBe(100);
    // The newest are kept: the addresses attacking now.
    expect(refused.secondsLeft("10.0.39.15")).toBeGreaterThan(0);
    expect(refused.secondsLeft("10.0.0.0")).toBe(0);
  });
});
