import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeLocalPath } from "./safe-redirect";

describe("safeLocalPath", () => {
  it("keeps paths on this site", () => {
    expect(safeLocalPath("/traffic?from=2022-02-01#x")).toBe("/traffic?from=2022-02-01#x");
    expect(safeLocalPath("/")).toBe("/");
  });

  it("refuses every way of naming another host", () => {
    // The second and third are what /login?callbackUrl=%2F%5Cevil.example and %2F%09%2Fevil.example decode to.
    for (const value of [
      "//evil.example/x",
      "/\\evil.example/x",
      "/\t/evil.example",
      "https://evil.example",
      "evil",
      "",
      null,
      3,
    ])
      expect(safeLocalPath(value, "/dashboard"), String(value)).toBe("/dashboard");
    expect(safeLocalPath("/\\evil.example/x", "/dashboard")).toBe("/dashboard");
  });

  it("never returns anything a browser would send to another origin", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const path = safeLocalPath(value);
        expect(new URL(path, "https://sigap.example").origin).toBe("https://sigap.example");
      }),
      { numRuns: 2000 },
    );
  });
});
