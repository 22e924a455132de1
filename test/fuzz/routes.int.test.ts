import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pool, prisma } from "@/lib/db";
import { createApiKey } from "@/lib/services/api-keys";
import type { RoleCode } from "@/lib/vocabulary";
import { demoActor } from "@/test/actors";
import { sampleEvent } from "@/test/sample-events";
import { signInAs } from "@/test/signed-in";
import { tableChecksums } from "@/test/table-checksums";
import { fuzzOptions, FUZZ_RUNS, FUZZ_SEED, hostileQuery, hostileString, hostileValue } from "./hostile";

// Every route handler under app/, called as Next calls it, with hostile input: the answer is
// never a 5xx, every 4xx names its problem, and the rejected cases change no table.

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("@/test/signed-in")).currentSession(),
}));

type Handler = (request: Request) => Promise<Response>;
type Target = {
  method: "GET" | "POST";
  /** The public address; the handler is called with it. */
  url: string;
  /** How a case is signed: a session of a random role, an office API key, or nothing. */
  auth: "session" | "apiKey" | "checkpoint" | "none";
  /** Arbitrary request bodies (JSON text or anything else a client can send). */
  body?: fc.Arbitrary<string>;
};

const validEvent: Record<string, unknown> = sampleEvent("fuzz-0001");

type Change = (event: Record<string, unknown>) => void;

/** One change that always makes an event invalid. */
const breakEvent: fc.Arbitrary<Change> = fc.oneof<fc.Arbitrary<Change>[]>(
  fc
    .oneof(hostileString, fc.constantFrom("nik", "phone", "constructor", "__proto__", "toString"))
    .map((key) => (e: Record<string, unknown>) => {
      // Own fields only: "__proto__" or "toString" are not fields of the event, so they are added as unknown ones.
      if (!Object.hasOwn(validEvent, key))
        Object.defineProperty(e, key || "_", { value: "x", enumerable: true, configurable: true, writable: true });
      else e[key] = { nested: key };
    }),
  fc
    .constantFrom(
      "not a date",
      "2019-12-31T23:00:00+07:00",
      "0000-01-01T00:00:00Z",
      "2099-01-01T00:00:00Z",
      "2022-02-30T00:00:00Z",
    )
    .map((at) => (e) => (e.occurredAt = at)),
  fc.constantFrom("a\u0000b", "", "3275014512900001", "x".repeat(65), "081234567890").map((id) => (e) => (e.id = id)),
  fc.tuple(fc.constantFrom("service", "outcome", "proof", "ageBand", "plStatus", "exemption"), hostileString).map(
    ([field, value]) =>
      (e) =>
        (e[field] = `${value}!`),
  ),
  fc
    .oneof(fc.constant(-1), fc.constant(1.5), fc.constant("2"), fc.constant(11))
    .map((doses) => (e) => (e.doses = doses)),
  fc.constant((e: Record<string, unknown>) => Object.assign(e, { outcome: "SERVED_VACCINATED", proof: "NONE" })),
  fc.constant((e: Record<string, unknown>) => Object.assign(e, { outcome: "SERVED_EXEMPT", plStatus: "HITAM" })),
);

const brokenEvent = fc.tuple(fc.array(breakEvent, { minLength: 1, maxLength: 3 }), fc.nat()).map(([breaks, n]) => {
  const event: Record<string, unknown> = { ...validEvent, id: `fuzz-${n}` };
  for (const change of breaks) change(event);
  return event;
});

const json = (value: fc.Arbitrary<unknown>) => value.map((v) => JSON.stringify(v) ?? "null");

const TARGETS: Record<string, Target> = {
  "app/api/v1/events/route.ts": {
    method: "POST",
    url: "/api/v1/events",
    auth: "apiKey",
    body: fc.oneof(
      json(fc.record({ events: fc.array(brokenEvent, { minLength: 1, maxLength: 20 }) })),
      json(hostileValue),
      hostileString,
      json(fc.record({ events: fc.array(brokenEvent, { maxLength: 2 }), extra: hostileValue })),
    ),
  },
  "app/api/v1/decisions/route.ts": {
    method: "POST",
    url: "/api/v1/decisions",
    auth: "none",
    body: fc.oneof(
      json(hostileValue),
      hostileString,
      json(fc.record({ service: hostileString, visitor: hostileValue, at: hostileString })),
    ),
  },
  "app/api/v1/rules/route.ts": { method: "GET", url: "/api/v1/rules", auth: "none" },
  "app/api/v1/checkpoint/route.ts": { method: "GET", url: "/api/v1/checkpoint", auth: "checkpoint" },
  "app/api/v1/open-data/meta.json/route.ts": { method: "GET", url: "/api/v1/open-data/meta.json", auth: "none" },
  "app/api/v1/openapi.json/route.ts": { method: "GET", url: "/api/v1/openapi.json", auth: "none" },
  "app/api/v1/open-data/traffic.json/route.ts": { method: "GET", url: "/api/v1/open-data/traffic.json", auth: "none" },
  "app/api/v1/open-data/traffic.csv/route.ts": { method: "GET", url: "/api/v1/open-data/traffic.csv", auth: "none" },
  "app/api/health/route.ts": { method: "GET", url: "/api/health", auth: "none" },
  "app/api/metrics/route.ts": { method: "GET", url: "/api/metrics", auth: "none" },
  // Only scripts/serve.mjs knows its token: anyone else gets 404, whatever they send.
  "app/api/internal/public-pages/route.ts": {
    method: "POST",
    url: "/api/internal/public-pages",
    auth: "none",
    body: json(fc.record({ position: hostileValue })),
  },
  "app/api/locale/route.ts": { method: "POST", url: "/api/locale", auth: "none", body: hostileQuery },
  "app/api/account/password-reset/route.ts": {
    method: "POST",
    url: "/api/account/password-reset",
    auth: "none",
    body: fc.oneof(json(hostileValue), hostileString, json(fc.record({ email: hostileString }))),
  },
  "app/api/account/set-password/route.ts": {
    method: "POST",
    url: "/api/account/set-password",
    auth: "none",
    body: fc.oneof(
      json(hostileValue),
      hostileString,
      json(fc.record({ token: hostileString, password: hostileString, confirm: hostileString })),
    ),
  },
  "app/(dashboard)/admin/audit/export.csv/route.ts": { method: "GET", url: "/admin/audit/export.csv", auth: "session" },
  "app/(dashboard)/agencies/export.csv/route.ts": { method: "GET", url: "/agencies/export.csv", auth: "session" },
  "app/(dashboard)/compliance/scores.csv/route.ts": { method: "GET", url: "/compliance/scores.csv", auth: "session" },
  "app/(dashboard)/dashboard/visits-per-day.csv/route.ts": {
    method: "GET",
    url: "/dashboard/visits-per-day.csv",
    auth: "session",
  },
  "app/(dashboard)/rollout/overdue.csv/route.ts": { method: "GET", url: "/rollout/overdue.csv", auth: "session" },
  "app/(dashboard)/traffic/export.csv/route.ts": { method: "GET", url: "/traffic/export.csv", auth: "session" },
};
/** Route handlers fuzzed elsewhere, with the reason. */
const ELSEWHERE: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts":
    "next-auth's own handler: sign-in input is fuzzed through lib/auth/sign-in.ts (sign-in tests)",
};

function routeFiles(dir = "app"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(full) : entry.name === "route.ts" ? [full.split(path.sep).join("/")] : [];
  });
}

let keys: { apiKey: string; checkpoint: string };
let before: Record<string, string>;
beforeAll(async () => {
  const admin = await demoActor("AGENCY_ADMIN");
  const office = await prisma.office.findFirstOrThrow({
    where: { agencyId: admin.agencyId ?? undefined, archivedAt: null },
    orderBy: { code: "asc" },
  });
  const make = async (kind: "SCANNER" | "CHECKPOINT") =>
    (await createApiKey(prisma, admin, { officeCode: office.code, label: `Fuzz ${kind}`, kind })).key;
  keys = { apiKey: await make("SCANNER"), checkpoint: await make("CHECKPOINT") };
  console.log(`fuzz: ${FUZZ_RUNS} cases per target, seed ${FUZZ_SEED} (FUZZ_RUNS / FUZZ_SEED to change)`);
  before = await tableChecksums(pool());
});

afterAll(async () => {
  // Rejected cases change no table. Sessions opened to sign the cases in, audit entries
  // of refused sign-ins and keys' last-used times are the fuzz run's own bookkeeping.
  const after = await tableChecksums(pool());
  const own = new Set(["UserSession", "AuditLog", "ApiKey"]);
  const changed = Object.keys(after).filter((table) => !own.has(table) && after[table] !== before[table]);
  expect(changed).toEqual([]);
});

describe("fuzzing every route handler", () => {
  it("knows every route handler in app/ (a new route must be added here)", () => {
    expect(routeFiles().sort()).toEqual([...Object.keys(TARGETS), ...Object.keys(ELSEWHERE)].sort());
  });

  for (const [file, target] of Object.entries(TARGETS)) {
    it(`${target.method} ${target.url}: never 5xx, every 4xx names the problem`, async () => {
      const handlers = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, Handler>;
      const handler = handlers[target.method];
      const roles: (RoleCode | null)[] = ["ADMIN", "TASKFORCE", "HUMAS", "AGENCY_ADMIN", null];
      await fc.assert(
        fc.asyncProperty(
          hostileQuery,
          target.body ?? fc.constant(undefined),
          fc.constantFrom(...roles),
          fc.boolean(),
          async (query, body, role, rightKey) => {
            if (target.auth === "session") await signInAs(role);
            const key = target.auth === "apiKey" ? keys.apiKey : target.auth === "checkpoint" ? keys.checkpoint : null;
            const headers: Record<string, string> = {
              "content-type": "application/json",
              "x-forwarded-for": "203.0.113.9",
            };
            if (key) headers.authorization = rightKey ? `Bearer ${key}` : `Bearer ${query.slice(0, 20) || "x"}`;
            const request = new Request(`http://localhost${target.url}?${query}`, {
              method: target.method,
              headers,
              body,
            });
            const response = await handler(request);
            expect(response.status, `${target.method} ${target.url}?${query}`).toBeLessThan(500);
            if (response.status >= 400 && response.status !== 429) {
              const text = await response.text();
              if ((response.headers.get("content-type") ?? "").includes("json"))
                expect(JSON.parse(text).error.message).toMatch(/\S/);
              else expect(text).toMatch(/\S/);
            }
            if (target.url === "/api/v1/events" && response.status === 200)
              expect((await response.json()).accepted).toBe(0);
          },
        ),
        fuzzOptions,
      );
    });
  }
});
