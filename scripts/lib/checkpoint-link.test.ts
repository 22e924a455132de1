import { describe, expect, it } from "vitest";
import { checkpointLink } from "./checkpoint-link";

describe("checkpointLink", () => {
  it("is an absolute address on the SIGAP host, under a path prefix too", () => {
    expect(checkpointLink("DISDUKCAPIL-007", "sgp_ab_cd", "https://sigap.bekasikota.go.id")).toBe(
      "https://sigap.bekasikota.go.id/pos/DISDUKCAPIL-007?t=sgp_ab_cd",
    );
    expect(checkpointLink("A B", "k", "https://example.test/sigap")).toBe("https://example.test/sigap/pos/A%20B?t=k");
  });
});
