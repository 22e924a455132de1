import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { demoActor } from "@/test/actors";
import { trafficFiltersSchema } from "@/lib/validations/traffic";
import { ageBandFromDb } from "@/lib/vocabulary";
import { findTrafficBreakdown } from "./traffic-breakdown";

const filters = (raw: Record<string, string> = {}) => ({
  from: raw.from ?? "2022-02-01",
  to: raw.to ?? "2022-02-28",
  ...trafficFiltersSchema.parse(raw),
});

describe("traffic breakdown", () => {
  it("adds up to the rollup whatever the dimension, and splits by outcome", async () => {
    const actor = await demoActor("TASKFORCE");
    const expected = (
      await prisma.dailyTraffic.aggregate({
        where: { day: { gte: new Date("2022-02-01T00:00:00Z"), lte: new Date("2022-02-28T00:00:00Z") } },
        _sum: { count: true },
      })
    )._sum.count;
    for (const dimension of ["time", "kecamatan", "service", "ageBand", "office"] as const) {
      const rows = await findTrafficBreakdown(actor, filters(), dimension);
      expect(
        rows.reduce((s, r) => s + r.total, 0),
        dimension,
      ).toBe(expected);
      for (const r of rows)
        expect(r.SERVED_VACCINATED + r.SERVED_EXEMPT + r.SERVED_NO_REQUIREMENT + r.REFERRED + r.DENIED).toBe(r.total);
    }
    expect((await findTrafficBreakdown(actor, filters({ every: "month" }), "time")).map((r) => r.key)).toEqual([
      "2022-02",
    ]);
  });

  it("reads whole months and edge days from the coarse rollups and still equals the finest rollup, cell by cell", async () => {
    const actor = await demoActor("TASKFORCE");
    // 15 Dec – 10 Feb: the edges of two months and the whole of January.
    const period = filters({ from: "2021-12-15", to: "2022-02-10", every: "month" });
    const where = { day: { gte: new Date("2021-12-15T00:00:00Z"), lte: new Date("2022-02-10T00:00:00Z") } };
    const byBand = await prisma.dailyTraffic.groupBy({ by: ["ageBand", "outcome"], where, _sum: { count: true } });
    const rows = await findTrafficBreakdown(actor, period, "ageBand");
    for (const cell of byBand)
      expect(
        rows.find((r) => r.key === ageBandFromDb(cell.ageBand))?.[cell.outcome],
        `${cell.ageBand} ${cell.outcome}`,
      ).toBe(cell._sum.count);
    const byService = await prisma.dailyTraffic.groupBy({
      by: ["serviceCode", "outcome"],
      where,
      _sum: { count: true },
    });
    const services = await findTrafficBreakdown(actor, period, "service");
    for (const cell of byService)
      expect(services.find((r) => r.key === cell.serviceCode)?.[cell.outcome]).toBe(cell._sum.count);
    const months = await findTrafficBreakdown(actor, period, "time");
    expect(months.map((r) => r.key)).toEqual(["2021-12", "2022-01", "2022-02"]);
    const weeks = await findTrafficBreakdown(actor, { ...period, every: "week" }, "time");
    expect(weeks.reduce((s, r) => s + r.total, 0)).toBe(months.reduce((s, r) => s + r.total, 0));
  });

  it("filters by kecamatan and service, and an agency admin sees only its own offices", async () => {
    const taskforce = await demoActor("TASKFORCE");
    const jatiasih = await findTrafficBreakdown(taskforce, filters({ kecamatan: "32.75.09" }), "kecamatan");
    expect(jatiasih.map((r) => r.key)).toEqual(["32.75.09"]);
    const sim = await findTrafficBreakdown(taskforce, filters({ service: "SIM" }), "service");
    expect(sim.map((r) => r.key)).toEqual(["SIM"]);
    const admin = await demoActor("AGENCY_ADMIN");
    const own = await findTrafficBreakdown(admin, filters(), "office");
    expect(own.length).toBeGreaterThan(0);
    const agencies = await prisma.office.findMany({
      where: { code: { in: own.map((r) => r.key) } },
      select: { agencyId: true },
    });
    expect(new Set(agencies.map((o) => o.agencyId))).toEqual(new Set([admin.agencyId]));
  });
});
