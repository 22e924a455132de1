import { beforeAll, describe, expect, it, vi } from "vitest";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import type { ActionResult } from "@/lib/errors";
import { createApiKey } from "@/lib/services/api-keys";
import { ROLES } from "@/lib/vocabulary";
import { demoActor, testOffice, uniqueSuffix } from "@/test/actors";
import { listServerActions } from "@/test/server-actions";
import { signInAs } from "@/test/signed-in";

// The authorisation matrix of every server action, at the action level: each action, as
// declared by defineAction, is called by every role and by nobody — through the real
// session, guard, service and database. Then every action an agency admin may call is
// called on an office of its own agency (it works) and on another agency's office (refused
// as NOT_FOUND, and that office is unchanged). Refusals are compared by their code.

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("@/test/signed-in")).currentSession(),
}));

const ACTIONS = await listServerActions();

describe("every action × every role and nobody", () => {
  it("finds every action, each declaring its permission", () => {
    expect(ACTIONS.length).toBeGreaterThanOrEqual(22);
  });

  for (const { name, action, positions } of ACTIONS)
    it(`${name} (${action.permission})`, async () => {
      // Placeholder arguments: authorisation is decided before any of them is read.
      const args = positions.map((p) => (p === "form" ? new FormData() : p === "state" ? null : "TIDAK-ADA-000"));
      for (const role of [null, ...ROLES]) {
        await signInAs(role);
        const result = await action(...args);
        const code = result.ok ? null : result.code;
        if (role && can({ role }, action.permission))
          expect(["UNAUTHENTICATED", "FORBIDDEN"], `${name} as ${role}`).not.toContain(code);
        else expect(code, `${name} as ${role ?? "nobody"}`).toBe(role ? "FORBIDDEN" : "UNAUTHENTICATED");
      }
    });
});

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
};

const DAY = "2022-02-01";
const officeForm = (code: string) =>
  form({
    code,
    name: "Kantor Uji Matriks",
    address: "Jl. Uji No. 2",
    kelurahanCode: "32.75.01.1001",
    services: "SAMSAT",
  });
const reportForm = () =>
  form({ day: DAY, checked: "5", servedVaccinated: "5", servedExempt: "0", referred: "0", denied: "0" });
/** A CSV as the import pages send it: a File part. */
const csvFile = (text: string) => new File([text], "matriks.csv", { type: "text/csv" });
const reportCsv = (code: string) =>
  `office_code,day,checked,served_vaccinated,served_exempt,referred,denied\n${code},${DAY},5,5,0,0,0\n`;
const eventCsv = (code: string) =>
  `office_code,id,occurred_at,service,outcome,proof,age_band\n${code},matriks-${uniqueSuffix()},${DAY}T09:00:00+07:00,SAMSAT,SERVED_VACCINATED,PEDULILINDUNGI_APP,18-59\n`;

/**
 * A valid call of each action an agency admin may make, on an office given by code (and a key
 * of that office). Creating actions name no existing office: they always create in the
 * admin's own agency, which the test checks instead.
 */
type Target = { code: string; keyId: string };
const ON_AN_OFFICE: Record<string, (t: Target) => unknown[]> = {
  updateOfficeAction: (t) => [t.code, null, officeForm(t.code)],
  archiveOfficeAction: (t) => [t.code],
  changeStageAction: (t) => [t.code, "STAFF_TRAINED"],
  createApiKeyAction: (t) => [t.code, "SCANNER", null, form({ label: "Matriks" })],
  revokeApiKeyAction: (t) => [t.code, t.keyId],
  submitReportAction: (t) => [t.code, null, reportForm()],
  importReportsAction: (t) => [csvFile(reportCsv(t.code)), true],
  importEventsChunkAction: (t) => [csvFile(eventCsv(t.code)), 2],
};
const CREATING = ["createOfficeAction", "importOfficesAction", "previewOfficeImportAction"];

const refused = (result: ActionResult<unknown>) =>
  !result.ok || ((result.data as { errors?: unknown[] } | null)?.errors?.length ?? 0) > 0;

describe("an agency admin, on its own agency and on another", () => {
  // Actions on the caller's own account (account.manage) take no target: they never reach an agency's data.
  const agencyAdminActions = ACTIONS.filter(
    (a) => can({ role: "AGENCY_ADMIN" }, a.action.permission) && a.action.permission !== "account.manage",
  );
  let foreign: Target;

  beforeAll(async () => {
    // Another agency's office (SAMSAT-001 belongs to Samsat, not the demo admin's Disdukcapil).
    const taskforce = await demoActor("TASKFORCE");
    foreign = {
      code: "SAMSAT-001",
      keyId: (await createApiKey(prisma, taskforce, { officeCode: "SAMSAT-001", label: "Milik Samsat" })).id,
    };
    await signInAs("AGENCY_ADMIN");
  });

  it("has a call for every action an agency admin holds the permission of", () => {
    expect(agencyAdminActions.map((a) => a.name).sort()).toEqual([...Object.keys(ON_AN_OFFICE), ...CREATING].sort());
  });

  const snapshot = async (code: string) =>
    JSON.stringify(
      await prisma.office.findUniqueOrThrow({
        where: { code },
        include: { services: true, apiKeys: true, rolloutEvents: true, reports: true },
      }),
    );

  for (const [name, call] of Object.entries(ON_AN_OFFICE)) {
    it(`[AGENCY_ADMIN] ${name} works on its own agency's office`, async () => {
      const { office, admin } = await testOffice(`Matriks ${name}`, ["SAMSAT"]);
      const key = await createApiKey(prisma, admin, { officeCode: office.code, label: "Milik sendiri" });
      const action = ACTIONS.find((a) => a.name === name)!.action;
      const result = await action(...call({ code: office.code, keyId: key.id }));
      expect(refused(result), `${name}: ${JSON.stringify(result)}`).toBe(false);
    });

    it(`[AGENCY_ADMIN] ${name} cannot touch another agency's office`, async () => {
      const before = await snapshot(foreign.code);
      const action = ACTIONS.find((a) => a.name === name)!.action;
      const result = await action(...call(foreign));
      expect(refused(result), `${name}: ${JSON.stringify(result)}`).toBe(true);
      // Not found, never forbidden: the other agency's office is not disclosed (CONTRIBUTING).
      if (!result.ok) expect(result.code, `${name}: ${result.message}`).toBe("NOT_FOUND");
      expect(await snapshot(foreign.code)).toBe(before);
    });
  }

  it("[AGENCY_ADMIN] creates offices only in its own agency", async () => {
    const admin = await demoActor("AGENCY_ADMIN");
    const actions = Object.fromEntries(ACTIONS.map((a) => [a.name, a.action]));
    const single = `UJI-${uniqueSuffix()}`;
    const imported = `UJI-${uniqueSuffix()}`;
    const csv = `code,name,address,kelurahan_code,services\n${imported},Kantor Impor Matriks,Jl. Uji No. 3,32.75.01.1001,SAMSAT\n`;
    expect(refused(await actions.createOfficeAction(null, officeForm(single)))).toBe(false);
    expect(refused(await actions.previewOfficeImportAction(csvFile(csv)))).toBe(false);
    expect(refused(await actions.importOfficesAction(csvFile(csv)))).toBe(false);
    const created = await prisma.office.findMany({ where: { code: { in: [single, imported] } } });
    expect(created.map((o) => o.agencyId)).toEqual([admin.agencyId, admin.agencyId]);
  });
});
