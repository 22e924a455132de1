import { describe, expect, it } from "vitest";
import { activationRefusal, type ActivationCandidate } from "./activation";
import type { EngineRule } from "./types";

const NOW = new Date("2022-03-03T10:00:00+07:00");
const version: EngineRule = {
  id: "v2",
  code: "SIM-2",
  version: 2,
  validFrom: new Date("2022-03-21T00:00:00+07:00"),
  validTo: null,
  strength: "WAJIB",
  definition: {
    scope: { services: ["SIM"], agencyKinds: ["GOVERNMENT"] },
    requirement: { minDoses: 2 },
    exemptions: [],
    onFail: "REFER",
  },
};
const oneDose = (expectedOutcome: "REFERRED" | "SERVED_VACCINATED") => ({
  id: "c1",
  name: "Satu dosis dirujuk",
  expectedOutcome,
  input: {
    service: "SIM",
    agencyKind: "GOVERNMENT",
    at: "2022-03-21T09:00:00+07:00",
    visitor: { status: "KUNING", doses: 1, age: 40, exemptions: [] },
  },
});
const candidate = (overrides: Partial<ActivationCandidate> = {}): ActivationCandidate => ({
  circular: { number: "440/1395", status: "ACTIVE" },
  version,
  testCases: [oneDose("REFERRED")],
  ...overrides,
});

describe("activating a draft rule version", () => {
  it("is allowed for a future version of an active circular whose cases all pass", () => {
    expect(activationRefusal(candidate(), NOW)).toBeNull();
  });

  it("is refused, with its reason, for each guardrail it breaks", () => {
    const refused = (c: ActivationCandidate, now = NOW) => {
      const error = activationRefusal(c, now);
      return error && { code: error.code, message: error.message, fields: Object.keys(error.fieldErrors ?? {}) };
    };
    expect(refused(candidate({ circular: { number: "440/1395", status: "DRAFT" } }))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("440/1395 belum/tidak aktif"),
    });
    expect(refused(candidate(), new Date("2022-03-21T00:00:01+07:00"))).toMatchObject({
      code: "INVALID",
      fields: ["validFrom"],
    });
    expect(refused(candidate({ testCases: [] }))).toMatchObject({ code: "CONFLICT", message: /belum punya kasus uji/ });
    expect(refused(candidate({ testCases: [oneDose("SERVED_VACCINATED")] }))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("1 kasus uji gagal (Satu dosis dirujuk)"),
    });
  });
});
