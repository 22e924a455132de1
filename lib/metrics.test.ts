import { describe, expect, it } from "vitest";
import { metrics, routeOf } from "./metrics.mjs";

describe("metrics", () => {
  it("labels a request by its route pattern, never by a code, an id or a month", () => {
    expect(routeOf("/offices/DISDUKCAPIL-001")).toBe("/offices/:id");
    expect(routeOf("/transparansi/2022-01")).toBe("/transparansi/:id");
    expect(routeOf("/admin/users/cmwyz18v0000abcdefghijklm")).toBe("/admin/users/:id");
    expect(routeOf("/api/v1/open-data/traffic.json")).toBe("/api/v1/open-data/traffic.json");
    expect(routeOf("/_next/static/chunks/abc.js")).toBe("/_next/*");
    expect(routeOf("/")).toBe("/");
  });

  it("is one registry for the whole process, written in Prometheus' text format", async () => {
    metrics().ingestedEvents.inc({ result: "accepted" }, 3);
    expect(metrics()).toBe(metrics());
    const text = await metrics().registry.metrics();
    expect(text).toMatch(/^sigap_ingested_events_total\{result="accepted"\} \d+/m);
    expect(text).toContain("# TYPE sigap_http_request_duration_seconds histogram");
  });
});
