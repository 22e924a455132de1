import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createDraftVersion } from "@/lib/services/rule-versions";
import { demoActor } from "@/test/actors";
import { replayDraft } from "./replay";

describe("replaying a draft", () => {
  it("runs the last days of data, not the days before a stray check today", async () => {
    const taskforce = await demoActor("TASKFORCE");
    const current = await prisma.ruleVersion.findFirstOrThrow({
      where: { rule: { code: "SE1395-ADMINDUK" }, status: "ACTIVE" },
      orderBy: { version: "desc" },
    });
    const active = current.definition as { requirement: Record<string, unknown> };
    const definition = { ...active, requirement: { ...active.requirement, minDoses: 3 } };
    const draft = await createDraftVersion(prisma, taskforce, "SE1395-ADMINDUK", {
      validFrom: "2030-01-01T00:00:00+07:00",
      clauseId: current.clauseId!,
      strength: current.strength,
      descriptionId: "Dosis penguat untuk adminduk",
      descriptionEn: "A booster for civil registration",
      definition: definition as never,
    });
    // One desk check today, years after the demo's data.
    const office = await prisma.office.findFirstOrThrow({ where: { code: "DISDUKCAPIL-001" } });
    await prisma.visitEvent.create({
      data: {
        officeId: office.id,
        externalId: `stray-${Date.now()}`,
        occurredAt: new Date(),
        serviceCode: "KTP_EL",
        outcome: "SERVED_VACCINATED",
        proof: "PEDULILINDUNGI_APP",
        ageBand: "AGE_18_59",
        plStatus: "HIJAU",
        doses: 2,
        source: "CHECKPOINT",
      },
    });
    const report = await replayDraft(draft.id, 28);
    expect(report.to! < "2022-03-01").toBe(true);
    // The days replayed are named: the demo's last four weeks of detailed visits, up to 28 Feb.
    expect(report.replayed?.to).toBe("2022-02-28");
    expect(report.replayed!.from >= "2022-01-31" && report.replayed!.from < "2022-02-28").toBe(true);
    expect(report.events).toBeGreaterThan(1000);
    // Two doses no longer suffice: February's green visitors with two doses are now referred.
    expect(report.changed).toBeGreaterThan(0);
    expect(report.stricter).toBe(report.changed - report.sameAccess - report.looser);
  });
});
