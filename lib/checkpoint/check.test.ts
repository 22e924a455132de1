import { describe, expect, it } from "vitest";
import { se1395EngineRules } from "@/prisma/seed/circular";
import { visitEventSchema } from "@/lib/validations/event";
import { checkEvent, decideCheck, STATUS_DOSES, type CheckInput } from "./check";
import { checkpointConfigSchema, engineRules, serializeRules } from "./config";

const office = {
  code: "DISDUKCAPIL-001",
  name: "Disdukcapil",
  agencyKind: "GOVERNMENT" as const,
  services: [{ code: "KTP_EL", name: "KTP-el" }],
};
const post = { code: "VAKS-01", name: "Sentra Vaksinasi", address: "Aula" };
const at = new Date("2026-11-27T03:00:00Z");
const input = (over: Partial<CheckInput> = {}): CheckInput => ({
  service: "KTP_EL",
  status: "HIJAU",
  doses: 2,
  ageBand: "18-59",
  exemption: null,
  proof: "PEDULILINDUNGI_APP",
  ...over,
});

describe("a check at the desk", () => {
  // The rules as the device has them: through the JSON snapshot and back.
  const rules = engineRules(
    checkpointConfigSchema.parse(
      JSON.parse(
        JSON.stringify({ office, post, rules: serializeRules(se1395EngineRules()), fetchedAt: at.toISOString() }),
      ),
    ),
  );

  it("serves a green visitor, refers a red one to the nearest post, exempts a child", () => {
    expect(decideCheck(rules, office, input(), at).outcome).toBe("SERVED_VACCINATED");
    const red = input({ status: "MERAH", doses: STATUS_DOSES.MERAH });
    const referred = decideCheck(rules, office, red, at);
    expect(referred.outcome).toBe("REFERRED");
    expect(referred.reason.id).not.toBe("");
    expect(checkEvent("e1", red, referred, at, post)).toMatchObject({
      outcome: "REFERRED",
      plStatus: "MERAH",
      doses: 0,
      vaccinationPost: "VAKS-01",
    });
    const child = input({ status: "MERAH", doses: 0, ageBand: "0-11" });
    const exempt = decideCheck(rules, office, child, at);
    expect(exempt.outcome).toBe("SERVED_EXEMPT");
    expect(checkEvent("e2", child, exempt, at, post)).toMatchObject({ exemption: "UNDER_12" });
  });

  it("decides as the server does: the snapshot gives the same answers as the rules it came from", () => {
    for (const status of ["HIJAU", "KUNING", "MERAH", "HITAM", "NONE"] as const)
      for (const ageBand of ["0-11", "12-17", "18-59", "60+"] as const) {
        const check = input({ status, doses: STATUS_DOSES[status], ageBand });
        expect(decideCheck(rules, office, check, at)).toEqual(decideCheck(se1395EngineRules(), office, check, at));
      }
  });

  it("makes an event the ingestion API accepts, with nothing about the person", () => {
    const noProof = input({ status: "NONE", doses: 3 });
    const event = checkEvent("e3", noProof, decideCheck(rules, office, noProof, at), at, post);
    expect(visitEventSchema.safeParse(event).success).toBe(true);
    expect(event).toMatchObject({ proof: "NONE", plStatus: "MERAH", doses: 0 });
    expect(Object.keys(event).sort()).toEqual([
      "ageBand",
      "doses",
      "id",
      "occurredAt",
      "outcome",
      "plStatus",
      "proof",
      "service",
      "vaccinationPost",
    ]);
  });

  it("accepts a shown exemption document and names no post when the visitor is served", () => {
    const letter = input({ status: "MERAH", doses: 0, exemption: "MEDICAL_CONTRAINDICATION" });
    const decision = decideCheck(rules, office, letter, at);
    expect(decision.outcome).toBe("SERVED_EXEMPT");
    expect(checkEvent("e4", letter, decision, at, post)).not.toHaveProperty("vaccinationPost");
  });
});
