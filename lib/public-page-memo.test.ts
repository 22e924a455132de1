import { beforeEach, describe, expect, it } from "vitest";
import {
  forgetPublicPages,
  MEMO_TTL_MS,
  memoGeneration,
  memoKey,
  memoLimit,
  recall,
  registerMemoLimit,
  remember,
} from "./public-page-memo.mjs";

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

  it("keeps the open data by its query and encoding (no language: it answers in Indonesian), and only a public 200", () => {
    const openData = (search: string, headers: Record<string, string> = {}) =>
      memoKey({ method: "GET", pathname: "/api/v1/open-data/traffic.json", search, headers });
    expect(openData("?by=kecamatan", { cookie: "sigap-lang=en" })).toBe(
      "/api/v1/open-data/traffic.json?by=kecamatan|identity",
    );
    expect(openData("?by=day", { "accept-encoding": "gzip" })).toBe("/api/v1/open-data/traffic.json?by=day|gzip");
    expect(memoKey({ method: "GET", pathname: "/api/v1/open-data/meta.json", headers: {} })).toBe(
      "/api/v1/open-data/meta.json|identity",
    );
    expect(memoKey({ method: "GET", pathname: "/api/v1/rules", headers: {} })).toBeNull();
    const since = memoGeneration();
    const json = (cacheControl: string, status = 200) => ({
      status,
      headers: { "content-type": "application/json", "cache-control": cacheControl, etag: '"e"' },
      body: Buffer.from("{}"),
    });
    // A route handler's answer has no x-nextjs-cache: what counts is that the route marked it public.
    expect(remember("/api/v1/open-data/traffic.json?by=x|identity", json("no-store"), since)).toBe(false);
    expect(remember("/api/v1/open-data/traffic.json?by=x|identity", json("public, max-age=300", 422), since)).toBe(
      false,
    );
    expect(remember("/api/v1/open-data/traffic.json?by=x|identity", json("public, max-age=300"), since)).toBe(true);
  });

  it("keeps at most 300 copies, so that strangers choosing queries cannot grow the server's memory", () => {
    const since = memoGeneration();
    const kept = Array.from({ length: 400 }, (_, i) =>
      remember(
        `/api/v1/open-data/traffic.json?q=${i}|identity`,
        {
          status: 200,
          headers: { "cache-control": "public, max-age=300" },
          body: Buffer.from("{}"),
        },
        since,
        5_000,
      ),
    );
    expect(kept.filter(Boolean)).toHaveLength(300);
    expect(recall("/api/v1/open-data/traffic.json?q=350|identity", 5_000)).toBeUndefined();
    // Once the old copies have expired, new ones are kept again.
    expect(
      remember(
        "/api/v1/open-data/traffic.json?q=new|identity",
        { status: 200, headers: { "cache-control": "public, max-age=300" }, body: Buffer.from("{}") },
        since,
        5_000 + MEMO_TTL_MS,
      ),
    ).toBe(true);
  });

  it("knows the per-client limit a rate-limited route registered, for the copies of its answers", async () => {
    const taken: string[] = [];
    registerMemoLimit("/api/v1/open-data/traffic.csv", async (client) => ({ ok: taken.push(client) <= 1 }));
    const limit = memoLimit("/api/v1/open-data/traffic.csv")!;
    expect(await limit("10.0.0.1")).toEqual({ ok: true });
    expect(await limit("10.0.0.1")).toEqual({ ok: false });
    expect(memoLimit("/api/v1/open-data/meta.json")).toBeUndefined();
  });
});
