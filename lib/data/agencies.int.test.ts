import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { demoActor } from "@/test/actors";
import { agencyListParamsSchema } from "@/lib/validations/agency";
import { officeListParamsSchema } from "@/lib/validations/office";
import { findAgencies, findAgencyOffices, findAllAgencies, getAgency } from "./agencies";

const params = (raw: Record<string, string> = {}) => agencyListParamsSchema.parse(raw);

describe("agency scoping in the data layer", () => {
  it.each(["ADMIN", "TASKFORCE", "HUMAS"] as const)("[%s] sees every agency", async (role) => {
    const page = await findAgencies(await demoActor(role), params({ perPage: "100" }));
    expect(page.total).toBeGreaterThanOrEqual(25);
    expect(page.rows.map((r) => r.code)).toEqual(expect.arrayContaining(["DISDUKCAPIL", "SAMSAT", "BANK-BCA"]));
  });

  it("[AGENCY_ADMIN] sees only its own agency, whatever it searches for", async () => {
    const actor = await demoActor("AGENCY_ADMIN");
    expect((await findAgencies(actor, params())).rows.map((r) => r.code)).toEqual(["DISDUKCAPIL"]);
    expect((await findAgencies(actor, params({ q: "Samsat" }))).total).toBe(0);
    expect((await findAllAgencies(actor, params())).map((r) => r.code)).toEqual(["DISDUKCAPIL"]);
  });

  it("[AGENCY_ADMIN] cannot open another agency or its offices", async () => {
    const actor = await demoActor("AGENCY_ADMIN");
    await expect(getAgency(actor, "SAMSAT")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findAgencyOffices(actor, "SAMSAT", officeListParamsSchema.parse({}))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const own = await findAgencyOffices(actor, "DISDUKCAPIL", officeListParamsSchema.parse({}));
    // Other tests add offices to Disdukcapil while this runs: compare with the database.
    expect(own.total).toBe(await prisma.office.count({ where: { agency: { code: "DISDUKCAPIL" }, archivedAt: null } }));
    expect(own.total).toBeGreaterThanOrEqual(13);
  });

  it("[AGENCY_ADMIN] without an agency sees nothing rather than everything", async () => {
    const actor = { ...(await demoActor("AGENCY_ADMIN")), agencyId: null };
    expect((await findAgencies(actor, params())).total).toBe(0);
  });
});

describe("agency list", () => {
  it("counts offices and live offices per agency", async () => {
    const page = await findAgencies(await demoActor("TASKFORCE"), params({ q: "DISDUKCAPIL" }));
    expect(page.rows).toHaveLength(1);
    const where = { agency: { code: "DISDUKCAPIL" }, archivedAt: null };
    expect(page.rows[0].offices).toBe(await prisma.office.count({ where }));
    expect(page.rows[0].officesLive).toBe(
      await prisma.office.count({ where: { ...where, stage: { in: ["LIVE", "VERIFIED"] } } }),
    );
  });

  it("sorts by office count and pages through the result", async () => {
    const actor = await demoActor("TASKFORCE");
    const first = await findAgencies(actor, params({ sort: "offices.desc", perPage: "5" }));
    expect(first.rows[0].code).toBe("KELURAHAN");
    const counts = first.rows.map((r) => r.offices);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const second = await findAgencies(actor, params({ sort: "offices.desc", perPage: "5", page: "2" }));
    expect(second.rows.map((r) => r.code)).not.toContain(first.rows[0].code);
    expect(Math.max(...second.rows.map((r) => r.offices))).toBeLessThanOrEqual(Math.min(...counts));
  });

  it("filters by kind and by search text", async () => {
    const actor = await demoActor("HUMAS");
    const privateOnly = await findAgencies(actor, params({ kind: "PRIVATE", perPage: "100" }));
    expect(privateOnly.rows.every((r) => r.kind === "PRIVATE")).toBe(true);
    expect(privateOnly.rows.map((r) => r.code)).toContain("BANK-BRI");
    const search = await findAgencies(actor, params({ q: "bank" }));
    expect(search.rows.length).toBeGreaterThanOrEqual(4);
    expect(search.rows.every((r) => /bank/i.test(r.name) || /bank/i.test(r.code))).toBe(true);
  });

  it("falls back to defaults for a hand-edited URL instead of failing", async () => {
    const page = await findAgencies(
      await demoActor("TASKFORCE"),
      params({ sort: "password.asc", page: "-3", perPage: "100000" }),
    );
    expect(page.page).toBe(1);
    expect(page.perPage).toBe(25);
    expect(page.rows.length).toBe(25);
  });
});
