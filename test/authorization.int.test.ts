import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { SERVER_ERROR_MESSAGE } from "@/lib/actions/run-action";
import { can, type Permission } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import type { ActionResult } from "@/lib/errors";
import { createApiKey } from "@/lib/services/api-keys";
import { ROLES } from "@/lib/vocabulary";
import { demoActor } from "@/test/actors";
import { signInAs } from "@/test/signed-in";

// The authorisation matrix of every server action, derived from the code: the permission
// each action demands is read from its source (its requirePermission(…) call), and every
// role, and nobody, calls it through the real action — session, guard, service, database.
// Then an agency admin tries every write on another agency's office, through the actions.

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("@/test/signed-in")).currentSession(),
}));

const SIGN_IN_FIRST = "Silakan masuk terlebih dahulu.";
const NOT_ALLOWED = "Anda tidak berwenang untuk tindakan ini.";

type Action = (...args: unknown[]) => Promise<ActionResult<unknown>>;

/** Every exported action of lib/actions with the permission its body checks first. */
function actionsWithPermissions(): { file: string; name: string; permission: Permission }[] {
  return readdirSync("lib/actions")
    .filter((f) => f.endsWith(".ts") && f !== "run-action.ts" && f !== "arguments.ts")
    .flatMap((file) => {
      const source = readFileSync(`lib/actions/${file}`, "utf8");
      return [...source.matchAll(/export async function (\w+)\(/g)].map((match) => {
        const body = source.slice(match.index, source.indexOf("\nexport ", match.index + 1) >>> 0 || undefined);
        const permission = /requirePermission\("([a-zA-Z.]+)"\)/.exec(body)?.[1];
        if (!permission) throw new Error(`${file}: ${match[1]} checks no permission`);
        return { file, name: match[1], permission: permission as Permission };
      });
    });
}

const ACTIONS = actionsWithPermissions();

describe("the server action matrix (every action × every role and nobody)", () => {
  it("finds every action, each with its permission", () => {
    expect(ACTIONS.length).toBeGreaterThanOrEqual(22);
  });

  for (const { file, name, permission } of ACTIONS)
    it(`${name} (${permission})`, async () => {
      const action = ((await import(/* @vite-ignore */ `@/lib/actions/${file}`)) as Record<string, Action>)[name];
      for (const role of [null, ...ROLES]) {
        await signInAs(role);
        // Placeholder arguments: authorisation is decided before any of them is read.
        const result = await action("TIDAK-ADA-000", null, new FormData(), new FormData());
        const message = result.ok ? "" : result.message;
        const expected = !role ? SIGN_IN_FIRST : can({ role }, permission) ? "passes the guard" : NOT_ALLOWED;
        if (expected === "passes the guard")
          expect([SIGN_IN_FIRST, NOT_ALLOWED], `${name} as ${role}`).not.toContain(message);
        else expect(message, `${name} as ${role ?? "nobody"}`).toBe(expected);
      }
    });
});

describe("agency A touching agency B through the actions", () => {
  let foreignKeyId: string;
  const snapshot = async () =>
    JSON.stringify(
      await prisma.office.findUniqueOrThrow({
        where: { code: "SAMSAT-001" },
        include: { services: true, apiKeys: true, rolloutEvents: true, reports: true },
      }),
    );

  beforeAll(async () => {
    const taskforce = await demoActor("TASKFORCE");
    foreignKeyId = (
      await createApiKey(prisma, taskforce, { officeCode: "SAMSAT-001", label: "Milik Samsat" }, { agencyId: null })
    ).id;
    await signInAs("AGENCY_ADMIN");
  });

  const form = (fields: Record<string, string | string[]>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
    return data;
  };

  it("changes nothing of another agency's office, and says it was not found", async () => {
    const offices = await import("@/lib/actions/offices");
    const before = await snapshot();
    const day = "2022-02-01";
    const attempts: [string, Promise<ActionResult<unknown>>][] = [
      [
        "update",
        offices.updateOfficeAction(
          "SAMSAT-001",
          null,
          form({
            code: "SAMSAT-001",
            name: "Diambil alih",
            address: "Jl. Lain No. 2",
            kelurahanCode: "32.75.01.1001",
            services: ["SAMSAT"],
          }),
        ),
      ],
      ["archive", offices.archiveOfficeAction("SAMSAT-001")],
      ["stage", offices.changeStageAction("SAMSAT-001", "STAFF_TRAINED")],
      ["api key", offices.createApiKeyAction("SAMSAT-001", "SCANNER", null, form({ label: "Curian" }))],
      ["revoke", offices.revokeApiKeyAction("SAMSAT-001", foreignKeyId)],
      [
        "report",
        offices.submitReportAction(
          "SAMSAT-001",
          null,
          form({ day, checked: "5", servedVaccinated: "5", servedExempt: "0", referred: "0", denied: "0" }),
        ),
      ],
      [
        "report CSV",
        offices.importReportsAction(
          `office_code,day,checked,served_vaccinated,served_exempt,referred,denied\nSAMSAT-001,${day},5,5,0,0,0\n`,
          true,
        ),
      ],
      [
        "event CSV",
        offices.importEventsChunkAction(
          "office_code,id,occurred_at,service,outcome,proof,age_band\nSAMSAT-001,curian-1,2022-02-01T09:00:00+07:00,SAMSAT,SERVED_VACCINATED,PEDULILINDUNGI_APP,18-59\n",
          2,
        ),
      ],
    ];
    for (const [what, attempt] of attempts) {
      const result = await attempt;
      const refused = !result.ok || ((result.data as { errors?: unknown[] } | null)?.errors?.length ?? 0) > 0;
      expect(refused, `${what}: ${JSON.stringify(result)}`).toBe(true);
      if (!result.ok) expect(result.message, what).not.toBe(SERVER_ERROR_MESSAGE);
    }
    expect(await snapshot()).toBe(before);
  });
});
