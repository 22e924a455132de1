import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createDraftVersion } from "@/lib/services/rule-versions";
import { demoActor } from "@/test/actors";
import { replay, withDraft, type ReplayEvent } from "@/lib/rules/replay";
import { toEngineRule } from "@/lib/rules/from-record";
import { wibDay } from "@/lib/day";
import { loadActiveRules } from "./rules";
import { ingestEvents } from "@/lib/services/ingest";
import { replayDraft, type ReplayReport } from "./replay";

/** A draft of the civil-registration rule asking for three doses, from 2030 (replayed as if in force throughout). */
async function boosterDraft() {
  const taskforce = await demoActor("TASKFORCE");
  const current = await prisma.ruleVersion.findFirstOrThrow({
    where: { rule: { code: "SE1395-ADMINDUK" }, status: "ACTIVE" },
    orderBy: { version: "desc" },
  });
  const active = current.definition as { requirement: Record<string, unknown> };
  return createDraftVersion(prisma, taskforce, "SE1395-ADMINDUK", {
    validFrom: "2030-01-01T00:00:00+07:00",
    clauseId: current.clauseId!,
    strength: current.strength,
    descriptionId: "Dosis penguat untuk adminduk",
    descriptionEn: "A booster for civil registration",
    definition: { ...active, requirement: { ...active.requirement, minDoses: 3 } } as never,
  });
}

/** Two visitors alike in all but their time, KUNING with one dose, sent through ingestion (which keeps the replay's rollup). */
async function twoAlikeVisits(prefix: string, times: [string, string]) {
  const office = await prisma.office.findFirstOrThrow({
    where: { code: "DISDUKCAPIL-001" },
    include: { services: { select: { serviceCode: true } } },
  });
  const result = await ingestEvents(
    prisma,
    { id: office.id, services: office.services.map((s) => s.serviceCode), joinedAt: office.createdAt },
    times.map((at, n) => ({
      id: `${prefix}-${n}`,
      occurredAt: at,
      service: "KTP_EL",
      outcome: n === 0 ? "SERVED_VACCINATED" : "REFERRED",
      proof: "PEDULILINDUNGI_APP",
      ageBand: "18-59",
      plStatus: "KUNING",
      doses: 1,
    })),
    "CHECKPOINT",
  );
  expect(result.accepted).toBe(2);
}

/**
 * The reference a report must equal: every visit of the window the report names read from the
 * raw events and judged on its own (what the replay did before it read profiles).
 */
async function replayedVisitByVisit(report: ReplayReport, draftId: string) {
  const ages: Record<string, number> = { "0-11": 9, "12-17": 15, "18-59": 35, "60+": 66 };
  const rows = await prisma.$queryRaw<
    {
      at: Date;
      service: string;
      kind: "GOVERNMENT" | "PRIVATE";
      kecamatan: string;
      band: string;
      status: string;
      doses: number;
      exemption: string | null;
    }[]
  >`SELECT e."occurredAt" AS at, e."serviceCode" AS service, a.kind::text AS kind, k.name AS kecamatan,
           e."ageBand"::text AS band, e."plStatus"::text AS status, e.doses, e.exemption::text AS exemption
    FROM "VisitEvent" e JOIN "Office" o ON o.id = e."officeId" JOIN "Agency" a ON a.id = o."agencyId"
    JOIN "Kelurahan" l ON l.code = o."kelurahanCode" JOIN "Kecamatan" k ON k.code = l."kecamatanCode"
    WHERE e."occurredAt" >= ${new Date(report.from!)} AND e."occurredAt" <= ${new Date(report.to!)}
      AND e."plStatus" IS NOT NULL AND e.doses IS NOT NULL`;
  const visits: ReplayEvent[] = rows.map((r) => ({
    service: r.service,
    agencyKind: r.kind,
    at: r.at,
    kecamatan: r.kecamatan,
    visitor: {
      status: r.status as never,
      doses: r.doses,
      age: ages[r.band] ?? 35,
      exemptions: r.exemption ? [{ class: r.exemption as never, since: r.at }] : [],
    },
  }));
  const rules = await loadActiveRules();
  const record = await prisma.ruleVersion.findUniqueOrThrow({
    where: { id: draftId },
    include: { rule: { select: { code: true } } },
  });
  const times = rows.map((r) => r.at.getTime()).sort((a, b) => a - b);
  return {
    visits: visits.length,
    summary: replay(visits, rules, withDraft(rules, toEngineRule(record))),
    replayed: { from: wibDay(new Date(times[0])), to: wibDay(new Date(times.at(-1)!)) },
  };
}

describe("replaying a draft", () => {
  it("runs the last days of data, not the days before a stray check today", async () => {
    const draft = await boosterDraft();
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

  it("judges profiles of alike visits exactly as it would judge each visit, across a version change", async () => {
    const draft = await boosterDraft();
    // Two visitors alike in all but their hour, either side of 1 January 2022, when version 2
    // (two doses) replaced version 1 (one dose): the first was served, the second referred.
    await twoAlikeVisits("new-year", ["2021-12-31T23:30:00+07:00", "2022-01-01T00:30:00+07:00"]);
    const report = await replayDraft(draft.id, 70);

    const expected = await replayedVisitByVisit(report, draft.id);
    expect(expected.visits).toBeGreaterThan(1000);
    expect(expected.summary.changed).toBeGreaterThan(0);
    expect(report).toMatchObject(expected.summary);
    expect(report.replayed).toEqual(expected.replayed);
  });

  it("reads the raw visits of a day a version starts within, so each is judged by the version of its hour", async () => {
    const draft = await boosterDraft();
    // Version 2 of the civil-registration rule (two doses) now starts at noon on 14 February:
    // of two alike visitors that day, the morning's was served under version 1 and the
    // afternoon's referred. The day's profile alone cannot tell them apart.
    const versions = await prisma.ruleVersion.findMany({
      where: { rule: { code: "SE1395-ADMINDUK" }, status: "ACTIVE" },
      orderBy: { version: "asc" },
    });
    const noon = new Date("2022-02-14T12:00:00+07:00");
    await prisma.ruleVersion.update({ where: { id: versions[0].id }, data: { validTo: noon } });
    await prisma.ruleVersion.update({ where: { id: versions[1].id }, data: { validFrom: noon } });
    await twoAlikeVisits("noon", ["2022-02-14T09:00:00+07:00", "2022-02-14T15:00:00+07:00"]);
    const report = await replayDraft(draft.id, 28);

    const expected = await replayedVisitByVisit(report, draft.id);
    expect(report).toMatchObject(expected.summary);
    expect(report.replayed).toEqual(expected.replayed);
  });
});
