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
      "/..//evil.example",
      "/%2e%2e//evil.example/phish",
      "/.//evil.example",
      "/a/../..//evil.example",
      "https://evil.example",
      "evil",
      "",
      null,
      3,
    ])
      expect(safeLocalPath(value, "/dashboard"), String(value)).toBe("/dashboard");
    expect(safeLocalPath("/\\evil.example/x", "/dashboard")).toBe("/dashboard");
  });

  // Strings built of the pieces that move a path: dots, escaped dots, slashes, backslashes, tabs.
  const tricky = fc
    .array(fc.constantFrom("/", "//", "..", ".", "%2e", "%2E%2e", "\\", "\t", "evil.example", "x", "?", "#", "@"), {
      maxLength: 8,
    })
    .map((parts) => `/${parts.join("")}`);

  it("never returns anything a browser would send to another origin, resolved once or again", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), tricky), (value) => {
        const path = safeLocalPath(value);
        const once = new URL(path, "https://sigap.example");
        expect(once.origin).toBe("https://sigap.example");
        expect(new URL(`${once.pathname}${once.search}`, "https://sigap.example").origin).toBe("https://sigap.example");
      }),
      { numRuns: 5000 },
    );
  });
});
