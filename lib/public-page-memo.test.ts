import { beforeEach, describe, expect, it } from "vitest";
import { forgetPublicPages, MEMO_TTL_MS, memoGeneration, memoKey, recall, remember } from "./public-page-memo.mjs";

const get = (pathname: string, headers: Record<string, string> = {}) => memoKey({ method: "GET", pathname, headers });
const answer = (headers: Record<string, string> = {}, status = 200) => ({
  status,
  headers: { "content-type": "text/html", "x-nextjs-cache": "HIT", "x-request-id": "a", date: "x", ...headers },
  body: Buffer.from("<html></html>"),
});

describe("the public page memo", () => {
  beforeEach(() => forgetPublicPages());

  it("keeps one copy per cached page, language and encoding, and none for anything else", () => {
    expect(get("/")).toBe("/|id|identity");
    expect(get("/transparansi", { cookie: "a=1; sigap-lang=en", "accept-encoding": "br, gzip" })).toBe(
      "/transparansi|en|gzip",
    );
    expect(get("/transparansi/2022-02", { cookie: "sigap-lang=english" })).toBe("/transparansi/2022-02|id|identity");
    // A client navigation asks the same address for an RSC payload, not the document.
    expect(get("/", { rsc: "1" })).toBeNull();
    expect(get("/", { "next-router-prefetch": "1" })).toBeNull();
    expect(memoKey({ method: "POST", pathname: "/", headers: {} })).toBeNull();
    expect(get("/dashboard")).toBeNull();
    expect(get("/kantor")).toBeNull();
  });

  it("keeps only a whole 200 from Next's page cache, without the answer's own headers", () => {
    const since = memoGeneration();
    expect(remember("a", answer({ "x-nextjs-cache": "STALE" }), since)).toBe(false);
    expect(remember("a", answer({}, 404), since)).toBe(false);
    expect(remember("a", answer({ "set-cookie": "s=1" }), since)).toBe(false);
    expect(remember("a", answer({ "cache-control": "private, no-cache, no-store" }), since)).toBe(false);
    expect(remember("a", answer({ "cache-control": "s-maxage=300" }), since)).toBe(true);
    expect(recall("a")?.headers).toEqual({
      "content-type": "text/html",
      "x-nextjs-cache": "HIT",
      "cache-control": "s-maxage=300",
    });
  });

  it("drops every copy when the public pages change, and never keeps one made before that", () => {
    const since = memoGeneration();
    remember("a", answer(), since);
    forgetPublicPages();
    expect(recall("a")).toBeUndefined();
    // Made while the change was being published: it may show the old figures.
    expect(remember("b", answer(), since)).toBe(false);
    expect(recall("b")).toBeUndefined();
  });

  it("asks Next again once a copy is older than its time to live", () => {
    remember("a", answer(), memoGeneration(), 1_000);
    expect(recall("a", 1_000 + MEMO_TTL_MS - 1)).toBeDefined();
    expect(recall("a", 1_000 + MEMO_TTL_MS)).toBeUndefined();
  });
});
