import { describe, expect, it } from "vitest";
import { can } from "@/lib/auth/permissions";
import { today } from "@/lib/clock";
import { prisma } from "@/lib/db";
import { addDays, dateOfDay } from "@/lib/day";
import { demoActor } from "@/test/actors";
import { findHeadlines } from "./headlines";

describe("the task force's headline numbers", () => {
  it("count what the pages they link to count, in the actor's scope", async () => {
    const taskforce = await demoActor("TASKFORCE");
    const n = await findHeadlines(taskforce);
    const active = { archivedAt: null };
    expect(n.offices.total).toBe(await prisma.office.count({ where: active }));
    expect(n.offices.scanning).toBe(
      await prisma.office.count({ where: { ...active, stage: { in: ["LIVE", "VERIFIED"] } } }),
    );
    expect(n.offices.scanning).toBeGreaterThan(0);
    expect(n.week).toMatchObject({ from: addDays(today(), -7), to: addDays(today(), -1) });
    expect(n.week.reportsReceived).toBeGreaterThan(0);
    expect(n.week.reportsReceived).toBeLessThanOrEqual(n.week.reportsExpected);
    const referred = await prisma.dailyServiceTraffic.aggregate({
      where: { outcome: "REFERRED", day: { gte: dateOfDay(n.week.from), lte: dateOfDay(n.week.to) } },
      _sum: { count: true },
    });
    expect(n.week.referrals).toBe(referred._sum.count ?? 0);
    const todays = await prisma.dailyOfficeTraffic.aggregate({
      where: { day: dateOfDay(today()) },
      _sum: { count: true },
    });
    expect(n.today.visits).toBe(todays._sum.count ?? 0);
    expect(n.lateVisits === null).toBe(!can(taskforce, "releases.publish"));
  });

  it("give an agency admin only its own offices", async () => {
    const admin = await demoActor("AGENCY_ADMIN");
    const n = await findHeadlines(admin);
    expect(n.offices.total).toBe(await prisma.office.count({ where: { archivedAt: null, agencyId: admin.agencyId! } }));
    const todays = await prisma.dailyOfficeTraffic.aggregate({
      where: { day: dateOfDay(today()), office: { agencyId: admin.agencyId! } },
      _sum: { count: true },
    });
    expect(n.today.visits).toBe(todays._sum.count ?? 0);
    expect(n.lateVisits).toBeNull();
  });
});
