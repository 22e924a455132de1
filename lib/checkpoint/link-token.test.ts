import { describe, expect, it } from "vitest";
import { checkpointLink, checkpointLinkPath, tokenOfFragment } from "./link-token";

describe("checkpoint link token", () => {
  it("travels in the fragment, never in the query a server or proxy logs", () => {
    const path = checkpointLinkPath("DISDUKCAPIL-007", "sgp_ab_cd");
    expect(path).toBe("/pos/DISDUKCAPIL-007#t=sgp_ab_cd");
    const url = new URL(path, "https://sigap.example");
    expect(url.search).toBe("");
    expect(tokenOfFragment(url.hash)).toBe("sgp_ab_cd");
  });

  it("is absent from an empty or foreign fragment", () => {
    expect(tokenOfFragment("")).toBeNull();
    expect(tokenOfFragment("#x=1")).toBeNull();
    expect(tokenOfFragment("#t=")).toBeNull();
  });
});

describe("checkpointLink", () => {
  it("is an absolute address on the SIGAP host, under a path prefix too", () => {
    expect(checkpointLink("DISDUKCAPIL-007", "sgp_ab_cd", "https://sigap.bekasikota.go.id")).toBe(
      "https://sigap.bekasikota.go.id/pos/DISDUKCAPIL-007#t=sgp_ab_cd",
    );
    expect(checkpointLink("A B", "k", "https://example.test/sigap")).toBe("https://example.test/sigap/pos/A%20B#t=k");
  });
});
