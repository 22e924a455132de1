import { describe, expect, it } from "vitest";
import { createSigapClient } from "@/lib/api/client";
import { API_OPERATIONS } from "@/lib/api/openapi";
import {
  checkpointResponseSchema,
  decisionResponseSchema,
  eventsResponseSchema,
  openApiDocumentSchema,
  openDataMetaSchema,
  openDataTableSchema,
  rulesResponseSchema,
} from "@/lib/api/response-schemas";
import { prisma } from "@/lib/db";
import { createApiKey } from "@/lib/services/api-keys";
import { demoActor } from "@/test/actors";
import { sampleEvent } from "@/test/sample-events";
import { visitEventSchema } from "@/lib/validations/event";
import { POST as decisions } from "@/app/api/v1/decisions/route";
import { GET as rules } from "@/app/api/v1/rules/route";
import { POST as events } from "@/app/api/v1/events/route";
import { GET as checkpoint } from "@/app/api/v1/checkpoint/route";
import { GET as trafficJson } from "@/app/api/v1/open-data/traffic.json/route";
import { GET as trafficCsv } from "@/app/api/v1/open-data/traffic.csv/route";
import { GET as meta } from "@/app/api/v1/open-data/meta.json/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";

// The client generated from the OpenAPI document (lib/api/client, types by openapi-typescript)
// calls every route of /api/v1, here through the route handlers themselves on the real
// database: what the client's types say a route takes, the route takes; what they say it
// answers, it answers (each JSON answer is checked against the schema the document was made from).

const HANDLERS: Record<string, (request: Request) => Promise<Response>> = {
  "post /api/v1/decisions": decisions,
  "get /api/v1/rules": rules,
  "post /api/v1/events": events,
  "get /api/v1/checkpoint": checkpoint,
  "get /api/v1/open-data/traffic.json": trafficJson,
  "get /api/v1/open-data/traffic.csv": trafficCsv,
  "get /api/v1/open-data/meta.json": meta,
  "get /api/v1/openapi.json": openapi,
};

const called = new Set<string>();
/** The network between the client and SIGAP: each request goes to its route's handler. */
async function toRoute(request: Request): Promise<Response> {
  const route = `${request.method.toLowerCase()} ${new URL(request.url).pathname}`;
  const handler = HANDLERS[route];
  if (!handler) throw new Error(`No route for ${route}`);
  called.add(route);
  return handler(request);
}

const client = (token?: string) => createSigapClient({ baseUrl: "http://localhost", token, fetch: toRoute });

describe("the typed client generated from the OpenAPI document", () => {
  it("calls every route, and every answer has the shape the document gives it", async () => {
    const admin = await demoActor("AGENCY_ADMIN");
    const scanner = await createApiKey(prisma, admin, {
      officeCode: "DISDUKCAPIL-004",
      label: "Klien",
      kind: "SCANNER",
    });
    const desk = await createApiKey(prisma, admin, {
      officeCode: "DISDUKCAPIL-004",
      label: "Klien",
      kind: "CHECKPOINT",
    });

    const decided = await client().POST("/api/v1/decisions", {
      body: {
        service: "KTP_EL",
        agencyKind: "GOVERNMENT",
        at: "2022-01-10T09:00:00+07:00",
        visitor: { status: "KUNING", doses: 1, age: 30, exemptions: [] },
      },
    });
    expect(decided.response.status).toBe(200);
    // The client's type is the document's: `outcome` is one of the outcome codes.
    const outcome: "SERVED_VACCINATED" | "SERVED_EXEMPT" | "SERVED_NO_REQUIREMENT" | "REFERRED" | "DENIED" =
      decided.data!.outcome;
    expect(outcome).toBe("REFERRED");
    decisionResponseSchema.parse(decided.data);

    const refused = await client().POST("/api/v1/decisions", {
      body: { service: "KTP_EL", agencyKind: "GOVERNMENT", visitor: { status: "KUNING", doses: 2, age: 30 } },
    });
    expect(refused.response.status).toBe(422);
    expect(refused.error?.error.fieldErrors).toHaveProperty(["visitor.doses"]);

    const inForce = await client().GET("/api/v1/rules", { params: { query: { at: "2021-10-01T09:00:00+07:00" } } });
    expect(rulesResponseSchema.parse(inForce.data).rules.map((r) => r.id)).toContain("SE1395-ADMINDUK");

    const id = `client-${Date.now()}`;
    const sent = await client(scanner.key).POST("/api/v1/events", {
      // The scanner's event, typed as the API's schema reads it (the client's type is the document's).
      body: { events: [visitEventSchema.parse(sampleEvent(id, { occurredAt: "2022-03-02T09:00:00+07:00" }))] },
    });
    expect(eventsResponseSchema.parse(sent.data)).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    const unsigned = await client().POST("/api/v1/events", { body: { events: [] } });
    expect(unsigned.response.status).toBe(401);

    const config = await client(desk.key).GET("/api/v1/checkpoint");
    expect(checkpointResponseSchema.parse(config.data).office.code).toBe("DISDUKCAPIL-004");

    const query = { from: "2022-02-01", to: "2022-02-28", by: "kecamatan" } as const;
    const table = await client().GET("/api/v1/open-data/traffic.json", { params: { query } });
    expect(openDataTableSchema.parse(table.data).rows).toHaveLength(12);
    const csv = await client().GET("/api/v1/open-data/traffic.csv", { params: { query }, parseAs: "text" });
    expect(csv.response.headers.get("Content-Type")).toMatch(/^text\/csv/);
    expect(csv.data!.split("\n")[0]).toMatch(/^key,label,/);

    const metadata = await client().GET("/api/v1/open-data/meta.json");
    const versions = openDataMetaSchema.parse(metadata.data).releases;
    expect(versions.map((r) => r.month)).toContain("2022-02");

    const document = await client().GET("/api/v1/openapi.json");
    expect(openApiDocumentSchema.parse(document.data).openapi).toBe("3.1.0");

    // Every operation of the document was called through the client.
    expect([...called].sort()).toEqual(API_OPERATIONS.map((op) => `${op.method} ${op.path}`).sort());
  });
});
