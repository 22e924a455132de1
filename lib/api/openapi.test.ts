import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { CLIENT_TYPES_FILE, clientTypesSource } from "@/scripts/lib/api-client-types";
import { openApiDocument } from "./openapi";

/** Every route handler under app/api/v1, as "method path". */
function routes(dir = "app/api/v1"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routes(path);
    if (name !== "route.ts") return [];
    const url = `/${relative("app", dir)}`.replace(/\[([^\]]+)\]/g, "{$1}");
    return [...readFileSync(path, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
      (m) => `${m[1].toLowerCase()} ${url}`,
    );
  });
}

const doc = openApiDocument("https://sigap.example");
const described = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));

describe("the OpenAPI document", () => {
  it("describes every route under app/api/v1, and nothing that is not one", () => {
    const handlers = routes();
    expect(handlers.length).toBeGreaterThanOrEqual(8);
    expect([...described].sort()).toEqual([...handlers].sort());
  });

  it("is OpenAPI 3.1 with the request schemas the routes parse with", () => {
    expect(doc.openapi).toBe("3.1.0");
    const events = doc.paths["/api/v1/events"].post as {
      requestBody: { content: { "application/json": { schema: Record<string, unknown> } } };
      security: object[];
    };
    const body = events.requestBody.content["application/json"].schema as {
      required: string[];
      properties: {
        events: { maxItems: number; items: { properties: Record<string, unknown>; additionalProperties: boolean } };
      };
    };
    expect(body.required).toEqual(["events"]);
    expect(body.properties.events.maxItems).toBe(5000);
    expect(Object.keys(body.properties.events.items.properties)).toEqual(
      expect.arrayContaining(["id", "occurredAt", "service", "outcome", "proof", "ageBand"]),
    );
    // No personal data: a field the schema does not know is refused.
    expect(body.properties.events.items.additionalProperties).toBe(false);
    // An integrator learns which ids are refused before one is: what can be a NIK, a mobile number.
    const id = body.properties.events.items.properties.id as { description?: string };
    expect(id.description).toMatch(/NIK.*province.*birth date.*mobile/s);
    expect(events.security).toEqual([{ apiKey: [] }]);
    const openData = doc.paths["/api/v1/open-data/traffic.json"].get as { parameters: { name: string }[] };
    expect(openData.parameters.map((p) => p.name)).toEqual(["from", "to", "by", "version"]);
  });

  it("names every operation once, for a generated client, and says what the JSON answers hold", () => {
    const operations = Object.values(doc.paths).flatMap((ops) => Object.values(ops)) as {
      operationId: string;
      responses: Record<string, { content?: Record<string, { schema?: { required?: string[] } }> }>;
    }[];
    const ids = operations.map((op) => op.operationId);
    expect(ids.every((id) => /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const answer = (path: string) =>
      (doc.paths[path].post as (typeof operations)[number]).responses["200"].content!["application/json"].schema!;
    expect(answer("/api/v1/events").required).toEqual(["accepted", "duplicates", "rejected"]);
    expect(answer("/api/v1/decisions").required).toEqual(["outcome", "rules", "reason", "changes"]);
  });

  it("passes Redocly's recommended lint with no error and no warning", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: "openapi.json", config });
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer})`)).toEqual([]);
  });

  it("is what the committed client types were generated from (else: npm run api:client)", async () => {
    expect(readFileSync(CLIENT_TYPES_FILE, "utf8")).toBe(await clientTypesSource());
  });
});
