import { describe, expect, it } from "vitest";
import { signInPathFor } from "./requested-path";

describe("signInPathFor", () => {
  it("keeps the page and its query through sign-in", () => {
    expect(signInPathFor("/traffic?from=2022-02-01&kecamatan=32.75.09")).toBe(
      "/login?callbackUrl=%2Ftraffic%3Ffrom%3D2022-02-01%26kecamatan%3D32.75.09",
    );
  });

  it("never sends anyone to another site, and not back to the sign-in page", () => {
    for (const foreign of ["//evil.example/x", "/\\evil.example", "https://evil.example", null, "", "/login"])
      expect(signInPathFor(foreign)).toBe("/login");
  });
});
