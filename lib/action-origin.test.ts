import { describe, expect, it } from "vitest";
import { foreignActionPost } from "./action-origin.mjs";

const post = (pathname: string, headers: Record<string, string>) =>
  foreignActionPost({ method: "POST", pathname, headers: { host: "sigap.example", ...headers } });

describe("foreign server-action posts", () => {
  it("are refused on every path, with the script's header or as a plain form", () => {
    for (const path of ["/offices/new", "/id", "/transparansi", "/kantor.json", "/"]) {
      expect(post(path, { "next-action": "abc", origin: "http://evil.example" }), path).toBe(true);
      expect(post(path, { "content-type": "multipart/form-data; boundary=x", origin: "http://evil.example" })).toBe(
        true,
      );
    }
    expect(post("/offices/new", { "next-action": "abc" })).toBe(true);
    expect(post("/offices/new", { "next-action": "abc", origin: "not a url" })).toBe(true);
  });

  it("pass from SIGAP's own pages, and leave other requests alone", () => {
    expect(post("/offices/new", { "next-action": "abc", origin: "https://sigap.example" })).toBe(false);
    // Behind a proxy: the host the client asked the proxy for.
    expect(
      post("/offices/new", { "next-action": "a", origin: "https://kota.example", "x-forwarded-host": "kota.example" }),
    ).toBe(false);
    expect(post("/api/auth/callback/credentials", { "content-type": "application/x-www-form-urlencoded" })).toBe(false);
    expect(post("/api/v1/events", { "content-type": "application/json" })).toBe(false);
    expect(foreignActionPost({ method: "GET", pathname: "/", headers: { "next-action": "x" } })).toBe(false);
  });
});
