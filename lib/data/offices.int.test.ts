import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createApiKey } from "@/lib/services/api-keys";
import { demoActor, testOffice } from "@/test/actors";
import { getOfficeDetail } from "./offices";

describe("an office's page data", () => {
  it("carries what the viewer may do, and the office's keys only for who manages them", async () => {
    const { office, admin } = await testOffice("Kantor Kemampuan", ["KTP_EL"]);
    await createApiKey(prisma, admin, { officeCode: office.code, label: "Pemindai pintu" });

    const own = await getOfficeDetail(admin, office.code);
    expect(own.abilities).toEqual({ run: true, report: true, inspect: false, manageKeys: true });
    expect(own.apiKeys.map((k) => k.label)).toEqual(["Pemindai pintu"]);

    // Before: the keys were loaded for every viewer, whatever the page then showed.
    const taskforce = await getOfficeDetail(await demoActor("TASKFORCE"), office.code);
    expect(taskforce.abilities).toEqual({ run: false, report: false, inspect: true, manageKeys: false });
    expect(taskforce.apiKeys).toEqual([]);
    expect((await getOfficeDetail(await demoActor("HUMAS"), office.code)).apiKeys).toEqual([]);
  });
});
