import { describe, expect, it } from "vitest";
import { se1395EngineRules } from "@/prisma/seed/circular";
import { replay, withDraft, type ReplayEvent } from "./replay";
import type { EngineRule } from "./types";

const current = se1395EngineRules();
const simV1 = current.find((r) => r.code === "SE1395-SIM")!;
const stricterSim: EngineRule = {
  ...simV1,
  id: "draft",
  version: 2,
  definition: { ...simV1.definition, requirement: { minDoses: 2 } },
};

const event = (over: Partial<ReplayEvent> & { doses: number }): ReplayEvent => ({
  service: "SIM",
  agencyKind: "GOVERNMENT",
  at: new Date("2022-02-10T09:00:00+07:00"),
  kecamatan: "Bekasi Timur",
  ...over,
  visitor: {
    status: over.doses >= 2 ? "HIJAU" : over.doses === 1 ? "KUNING" : "MERAH",
    doses: over.doses,
    age: 30,
    exemptions: [],
  },
});

describe("what-if replay", () => {
  const events = [
    event({ doses: 1 }),
    event({ doses: 1, kecamatan: "Jatiasih" }),
    event({ doses: 2 }),
    event({ doses: 0 }),
    event({ doses: 1, service: "KTP_EL" }),
  ];

  it("counts outcomes that would change, per kecamatan and per service, with their direction", () => {
    const summary = replay(events, current, withDraft(current, stricterSim));
    expect(summary).toMatchObject({ events: 5, changed: 2, stricter: 2, looser: 0 });
    expect(summary.transitions).toEqual([{ from: "SERVED_VACCINATED", to: "REFERRED", count: 2 }]);
    expect(summary.byKecamatan.find((b) => b.key === "Jatiasih")).toEqual({
      key: "Jatiasih",
      events: 1,
      changed: 1,
      stricter: 1,
      looser: 0,
      sameAccess: 0,
    });
    expect(summary.byService.find((b) => b.key === "KTP_EL")).toMatchObject({ events: 1, changed: 0 });
  });

  it("counts a profile of n alike visits as n visits, as if each were replayed", () => {
    const counts = [3, 1, 7, 2, 5];
    const profiles = events.map((e, i) => ({ ...e, count: counts[i] }));
    const oneByOne = events.flatMap((e, i) => Array.from({ length: counts[i] }, () => e));
    const candidate = withDraft(current, stricterSim);
    expect(replay(profiles, current, candidate)).toEqual(replay(oneByOne, current, candidate));
    expect(replay(profiles, current, candidate)).toMatchObject({ events: 18, changed: 4, stricter: 4 });
  });

  it("finds no change when the draft equals the current version", () => {
    expect(replay(events, current, withDraft(current, { ...simV1, id: "same", version: 2 })).changed).toBe(0);
  });

  it("puts the draft in force over the whole replay, replacing every version of its rule", () => {
    const rules = withDraft(current, { ...stricterSim, validFrom: new Date("2030-01-01T00:00:00Z") });
    const sims = rules.filter((r) => r.code === "SE1395-SIM");
    expect(sims).toHaveLength(1);
    expect(sims[0].validFrom.getTime()).toBe(0);
  });

  it("puts every changed outcome in one class: stricter, looser or served on other grounds", () => {
    // A draft with no exemptions that serves everyone with a note: the exempt visitor is still
    // served (as vaccinated or with a note), the referred ones are served.
    const withExemption: ReplayEvent = {
      ...event({ doses: 0 }),
      visitor: { status: "MERAH", doses: 0, age: 30, exemptions: [{ class: "MEDICAL_CONTRAINDICATION" }] },
    };
    const lenient: EngineRule = {
      ...simV1,
      id: "lenient",
      version: 3,
      definition: { ...simV1.definition, exemptions: [], onFail: "SERVE_WITH_NOTE" },
    };
    const summary = replay([...events, withExemption], current, withDraft(current, lenient));
    expect(summary.looser).toBeGreaterThan(0);
    expect(summary.sameAccess).toBeGreaterThan(0);
    for (const b of [summary, ...summary.byKecamatan, ...summary.byService])
      expect(b.stricter + b.looser + b.sameAccess, b === summary ? "total" : "key" in b ? b.key : "").toBe(b.changed);
  });
});
