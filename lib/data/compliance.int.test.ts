import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { recordInspection } from "@/lib/services/inspections";
import { demoActor } from "@/test/actors";
import { scoreParamsSchema } from "@/lib/validations/rollout";
import { findOfficeCompliance, findOfficeScores } from "./compliance";
import { getOfficeDetail } from "./offices";
import { findReportingRates } from "./reporting-rates";

describe("mismatch flags on the demo data", () => {
  it("flag the office whose reports disagree with its scanner, and those that never turn anyone away", async () => {
    const rows = await findOfficeCompliance(await demoActor("TASKFORCE"));
    const flagged = new Map(rows.filter((r) => r.flags.length).map((r) => [r.code, r.flags.map((f) => f.kind)]));
    expect(flagged.get("BANK-BNI-002")).toEqual(["SCAN_MISMATCH"]);
    expect(flagged.get("KELURAHAN-010")).toEqual(["NEVER_TURNS_AWAY"]);
    // Health services are not gated: zero referrals there is expected, not suspicious.
    expect([...flagged.keys()].filter((code) => code.startsWith("DINKES"))).toEqual([]);
  });

  it("[AGENCY_ADMIN] sees only its own agency's offices", async () => {
    const rows = await findOfficeCompliance(await demoActor("AGENCY_ADMIN"));
    expect(rows.length).toBeGreaterThanOrEqual(13);
    expect(rows.every((r) => r.agency === "Dinas Kependudukan dan Pencatatan Sipil")).toBe(true);
  });
});

describe("the score table", () => {
  it("puts offices without a score last, whichever way it sorts, so page 1 shows scores", async () => {
    const actor = await demoActor("TASKFORCE");
    for (const sort of ["score.asc", "score.desc", "onTime.asc"]) {
      const { all, rows } = await findOfficeScores(actor, scoreParamsSchema.parse({ sort }));
      const column = sort.startsWith("score") ? "score" : "onTime";
      const values = all.map((r) => r[column]);
      const firstNull = values.indexOf(null);
      expect(firstNull, `${sort}: some offices have no value`).toBeGreaterThan(0);
      expect(
        values.slice(firstNull).every((v) => v === null),
        `${sort}: nulls last`,
      ).toBe(true);
      expect(rows[0][column], `${sort}: page 1 starts with a number`).not.toBeNull();
    }
  });
});

describe("reporting rates", () => {
  it("count expected, received and on-time reports per kecamatan", async () => {
    const rows = await findReportingRates(await demoActor("HUMAS"), {
      from: "2022-02-01",
      to: "2022-02-28",
      by: "kecamatan",
    });
    expect(rows).toHaveLength(12);
    for (const r of rows) {
      expect(r.received).toBeLessThanOrEqual(r.expected);
      expect(r.onTime).toBeLessThanOrEqual(r.received);
    }
    const total = rows.reduce((s, r) => s + r.received, 0);
    const filed = await prisma.complianceReport.count({
      where: {
        revision: 1,
        day: { gte: new Date("2022-02-01T00:00:00Z"), lte: new Date("2022-02-28T00:00:00Z") },
        office: { archivedAt: null },
      },
    });
    expect(total).toBeLessThanOrEqual(filed);
    expect(total).toBeGreaterThan(filed * 0.9);
  });
});

describe("compliance score", () => {
  it("changes when an inspection is recorded", async () => {
    const taskforce = await demoActor("TASKFORCE");
    const code = "DISDUKCAPIL-003";
    const before = (await getOfficeDetail(taskforce, code)).score;
    await recordInspection(prisma, taskforce, {
      officeCode: code,
      visitedOn: "2022-02-25",
      findings: { scannerInUse: false },
      score: 5,
      verify: false,
    });
    const after = (await getOfficeDetail(taskforce, code)).score;
    expect(after.provisional).toBe(false);
    expect(after.value).not.toBe(before.value);
  });
});
