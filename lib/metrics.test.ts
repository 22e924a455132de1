import fc from "fast-check";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { appRoutes, routeLabeler } from "./app-routes.mjs";
import { methodLabel, metrics } from "./metrics.mjs";

const routeOf = routeLabeler(appRoutes(), readdirSync("public"));

describe("metrics", () => {
  it("labels a request by the app's route pattern, never by a code, an id or a month", () => {
    expect(routeOf("/offices/DISDUKCAPIL-001")).toBe("/offices/[code]");
    expect(routeOf("/transparansi/2022-01")).toBe("/transparansi/[month]");
    expect(routeOf("/en/transparansi/2022-01")).toBe("/[lang]/transparansi/[month]");
    expect(routeOf("/admin/users/cmwyz18v0000abcdefghijklm")).toBe("/admin/users/[id]");
    expect(routeOf("/admin/users/new")).toBe("/admin/users/new");
    expect(routeOf("/api/auth/callback/credentials")).toBe("/api/auth/[...nextauth]");
    expect(routeOf("/api/v1/open-data/traffic.json")).toBe("/api/v1/open-data/traffic.json");
    expect(routeOf("/_next/static/chunks/abc.js")).toBe("/_next/*");
    expect(routeOf("/pos-sw.js")).toBe("/pos-sw.js");
    expect(routeOf("/")).toBe("/");
    expect(routeOf("/en")).toBe("/[lang]");
    expect(routeOf("/password-reset-untuk-budi")).toBe("unmatched");
    expect(methodLabel("PROPFIND")).toBe("OTHER");
  });

  it("10 000 random paths add no more series than the app has routes", async () => {
    const { registry, httpDuration } = metrics();
    const series = async () => (await httpDuration.get()).values.length;
    const before = await series();
    const paths = fc.sample(
      fc.array(fc.stringMatching(/^[a-z0-9.\-_]{1,24}$/), { minLength: 1, maxLength: 5 }).map((s) => `/${s.join("/")}`),
      { numRuns: 10_000, seed: 42 },
    );
    for (const path of paths) httpDuration.observe({ method: "GET", route: routeOf(path), status: 404 }, 0.001);
    const labels = new Set(paths.map(routeOf));
    // Each route is at most one series per bucket (+ sum and count); the labels are routes, not paths.
    expect(labels.size).toBeLessThanOrEqual(appRoutes().length + 2);
    const perLabel = 11 + 1 + 2;
    expect((await series()) - before).toBeLessThanOrEqual(labels.size * perLabel);
    expect(await registry.metrics()).not.toMatch(/route="\/[a-z0-9]{20,}/);
  });

  it("is one registry for the whole process, written in Prometheus' text format", async () => {
    metrics().ingestedEvents.inc({ result: "accepted" }, 3);
    expect(metrics()).toBe(metrics());
    const text = await metrics().registry.metrics();
    expect(text).toMatch(/^sigap_ingested_events_total\{result="accepted"\} \d+/m);
    expect(text).toContain("# TYPE sigap_http_request_duration_seconds histogram");
  });
});
