import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pool } from "@/lib/db";
import { importOffices } from "@/lib/services/offices-csv";
import { importReports } from "@/lib/services/reports";
import { importEventsCsv } from "@/lib/services/ingest-csv";
import { prisma } from "@/lib/db";
import type { RoleCode } from "@/lib/vocabulary";
import { demoActor } from "@/test/actors";
import { signInAs } from "@/test/signed-in";
import { listServerActions, type Position } from "@/test/server-actions";
import { tableChecksums } from "@/test/table-checksums";
import { fuzzOptions, hostileString, hostileValue } from "./hostile";

// Every server action, called as a browser (or an attacker posting to it) can call it: any
// role, any arguments, any form fields. An action never throws, never answers with the
// generic server error (the 500 of actions), and these rejected calls change no table.
// The three CSV imports are fuzzed with hostile files the same way.

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("@/test/signed-in")).currentSession(),
}));

const ROLES: (RoleCode | null)[] = ["ADMIN", "TASKFORCE", "HUMAS", "AGENCY_ADMIN", null];

/** Field names the forms post, so hostile values reach the parsers and not only unknown keys. */
const FORM_FIELDS = [
  "code", "name", "address", "kelurahanCode", "services", "openingHours", "contactPhone", "label", "day", "checked", "servedVaccinated",
  "servedExempt", "referred", "denied", "note", "visitedOn", "score", "notes", "verify", "sanctionKind", "sanctionStartsOn", "number",
  "issuedOn", "issuer", "title", "body", "effectiveFrom", "clauses", "validFrom", "validTo", "clauseId", "strength", "descriptionId",
  "descriptionEn", "changeNote", "definition", "expectedOutcome", "input", "service", "agencyKind", "status", "doses", "age",
]; // prettier-ignore

const hostileForm = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...FORM_FIELDS), hostileString), hostileString), { maxLength: 12 })
  .map((pairs) => {
    const form = new FormData();
    for (const [key, value] of pairs) form.append(key, value);
    return form;
  });

/** An argument as a client can send it: mostly strings (codes, ids), sometimes anything. */
const hostileArgument = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: hostileValue },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const ACTIONS = await listServerActions();

const argumentsFor = (positions: readonly Position[]) =>
  fc.tuple(...positions.map((p) => (p === "form" ? hostileForm : p === "state" ? fc.constant(null) : hostileArgument)));

let before: Record<string, string>;
beforeAll(async () => {
  before = await tableChecksums(pool());
});
afterAll(async () => {
  const after = await tableChecksums(pool());
  // Sessions opened to sign cases in and the audit entries of refused sign-ins are the run's own bookkeeping.
  const own = new Set(["UserSession", "AuditLog"]);
  expect(Object.keys(after).filter((t) => !own.has(t) && after[t] !== before[t])).toEqual([]);
});

describe("fuzzing every server action", () => {
  it("finds every action in lib/actions", () => {
    expect(ACTIONS.length).toBeGreaterThanOrEqual(22);
  });

  for (const { name, action, positions } of ACTIONS)
    it(`${name}: never throws, never a server error, refuses what is wrong`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...ROLES), argumentsFor(positions), async (role, args) => {
          await signInAs(role);
          const result = await action(...args);
          expect(result.ok ? null : result.code, `${name}(${JSON.stringify(args)}) as ${role}`).not.toBe("INTERNAL");
          // Read-only actions may answer ok (a preview, a replay); none of these may write (checked after all).
          if (!result.ok) expect(result.message).toMatch(/\S/);
        }),
        fuzzOptions,
      );
    });
});

describe("fuzzing the CSV imports", () => {
  const HEADERS = [
    "code",
    "name",
    "address",
    "kelurahan_code",
    "services",
    "office_code",
    "day",
    "checked",
    "id",
    "occurred_at",
    "service",
    "outcome",
    "proof",
    "age_band",
    "nik",
  ];
  const hostileCsv = fc
    .tuple(
      fc.array(fc.oneof(fc.constantFrom(...HEADERS), hostileString), { minLength: 1, maxLength: 8 }),
      fc.array(fc.array(hostileString, { maxLength: 8 }), { maxLength: 6 }),
    )
    .map(([header, rows]) =>
      [header, ...rows]
        .map((cells) => cells.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))
        .join(fc.sample(fc.constantFrom("\n", "\r\n"), 1)[0]),
    );

  it.each([
    ["offices", (csv: string, actor: Awaited<ReturnType<typeof demoActor>>) => importOffices(prisma, actor, csv)],
    [
      "reports",
      (csv: string, actor: Awaited<ReturnType<typeof demoActor>>) =>
        importReports(prisma, actor, csv, { commit: true }),
    ],
    ["events", (csv: string, actor: Awaited<ReturnType<typeof demoActor>>) => importEventsCsv(prisma, actor, csv)],
  ] as const)(
    "%s: every hostile file is refused with row and column, and nothing is saved",
    async (_kind, importCsv) => {
      const actor = await demoActor("AGENCY_ADMIN");
      await fc.assert(
        fc.asyncProperty(hostileCsv, async (csv) => {
          const outcome = await importCsv(csv, actor).then(
            (value) => ({ value }),
            (error: unknown) => ({ error }),
          );
          if ("error" in outcome) {
            // A refusal is an AppError naming the problem, never anything else.
            expect((outcome.error as { name?: string }).name, String(outcome.error)).toBe("AppError");
            return;
          }
          const value = outcome.value as {
            errors?: { row: number; column: string; message: string }[];
            accepted?: number;
          };
          if ("accepted" in value) expect(value.accepted).toBe(0);
          for (const e of value.errors ?? []) expect(e.message).toMatch(/\S/);
        }),
        fuzzOptions,
      );
    },
  );
});
