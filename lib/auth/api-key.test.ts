import { describe, expect, it } from "vitest";
import { generateApiKey, hashApiKey } from "./api-key";

describe("API keys", () => {
  it("are random, carry their lookup prefix, and hash to the stored value", () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.key).not.toBe(b.key);
    expect(a.key.startsWith(`sgp_${a.prefix}_`)).toBe(true);
    expect(hashApiKey(a.key)).toBe(a.hash);
    expect(a.hash).not.toContain(a.key.slice(-20));
  });
});
