import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { demoActor } from "@/test/actors";
import { trafficFiltersSchema } from "@/lib/validations/traffic";
import { findFallingReferralShares, findReferralsByPost } from "./referrals";

const filters = (raw: Record<string, string> = {}) => ({
  from: raw.from ?? "2022-02-01",
  to: raw.to ?? "2022-02-28",
  ...trafficFiltersSchema.parse(raw),
});

describe("referral tracking", () => {
  it("counts referrals by post from the rollup, and says how many referrals named no post", async () => {
    const taskforce = await demoActor("TASKFORCE");
    const { posts, referred, withPost } = await findReferralsByPost(taskforce, filters());
    const window = { gte: new Date("2022-02-01T00:00:00Z"), lte: new Date("2022-02-28T00:00:00Z") };
    const rollup = await prisma.dailyReferral.aggregate({ where: { day: window }, _sum: { count: true } });
    expect(posts.reduce((s, p) => s + p.referrals, 0)).toBe(rollup._sum.count);
    expect(withPost).toBe(rollup._sum.count);
    const referredInTraffic = await prisma.dailyTraffic.aggregate({
      where: { day: window, outcome: "REFERRED" },
      _sum: { count: true },
    });
    expect(referred).toBe(referredInTraffic._sum.count);
    expect(withPost).toBeGreaterThan(0);
    expect(withPost).toBeLessThan(referred);
    expect(posts.map((p) => p.referrals)).toEqual([...posts.map((p) => p.referrals)].sort((a, b) => b - a));
  });

  it("shows an agency admin only the referrals of its own offices", async () => {
    const admin = await demoActor("AGENCY_ADMIN");
    const own = await findReferralsByPost(admin, filters());
    const expected = await prisma.dailyReferral.aggregate({
      where: {
        day: { gte: new Date("2022-02-01T00:00:00Z"), lte: new Date("2022-02-28T00:00:00Z") },
        office: { agencyId: admin.agencyId! },
      },
      _sum: { count: true },
    });
    expect(own.withPost).toBe(expected._sum.count ?? 0);
    const falling = await findFallingReferralShares(admin, filters({ from: "2021-10-01" }));
    const offices = await prisma.office.findMany({
      where: { code: { in: falling.map((f) => f.office) } },
      select: { agencyId: true },
    });
    expect(new Set(offices.map((o) => o.agencyId))).toEqual(new Set(falling.length ? [admin.agencyId] : []));
  });

  it("finds offices whose referred share fell as coverage rose", async () => {
    const taskforce = await demoActor("TASKFORCE");
    const falling = await findFallingReferralShares(taskforce, filters({ from: "2021-10-01" }));
    expect(falling.length).toBeGreaterThan(10);
    for (const office of falling) {
      expect(office.slope).toBeLessThan(0);
      expect(office.last).toBeLessThan(office.first);
    }
  });
});
