import { describe, expect, it } from "vitest";
import { nearestPost } from "./nearest-post";

const posts = [
  { code: "VAKS-02", kelurahanCode: "32.75.02.1001" },
  { code: "VAKS-01B", kelurahanCode: "32.75.01.1003" },
  { code: "VAKS-01", kelurahanCode: "32.75.01.1001" },
];

describe("nearestPost", () => {
  it("prefers a post in the office's own kelurahan", () => {
    expect(nearestPost("32.75.01.1003", posts)?.code).toBe("VAKS-01B");
  });
  it("falls back to a post in the same kecamatan, then to any post", () => {
    expect(nearestPost("32.75.01.1002", posts)?.code).toBe("VAKS-01");
    expect(nearestPost("32.75.09.1001", posts)?.code).toBe("VAKS-01");
  });
  it("is null when the city has no post", () => {
    expect(nearestPost("32.75.01.1001", [])).toBeNull();
  });
});
