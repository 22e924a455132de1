import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { demoActor } from "@/test/actors";
import { findDailyVisits } from "./traffic";

describe("findDailyVisits", () => {
  it("gives every day of the window, with 0 on days without visits, summing DailyTraffic", async () => {
    const days = await findDailyVisits(await demoActor("TASKFORCE"), { from: "2021-12-31", to: "2022-02-28" });
    expect(days).toHaveLength(60);
    expect(days[days.length - 1].day).toBe("2022-02-28");
    const sundays = days.filter((d) => new Date(d.day).getUTCDay() === 0);
    expect(sundays.every((d) => d.visits === 0)).toBe(true);
    const recount = await prisma.dailyTraffic.aggregate({
      where: { day: { gte: new Date(`${days[0].day}T00:00:00Z`) } },
      _sum: { count: true },
    });
    expect(days.reduce((sum, d) => sum + d.visits, 0)).toBe(recount._sum.count);
  });

  it("[AGENCY_ADMIN] counts only its own agency's offices", async () => {
    const actor = await demoActor("AGENCY_ADMIN");
    const own = await findDailyVisits(actor, { from: "2022-01-30", to: "2022-02-28" });
    const recount = await prisma.dailyTraffic.aggregate({
      where: {
        day: { gte: new Date(`${own[0].day}T00:00:00Z`), lte: new Date(`${own[own.length - 1].day}T00:00:00Z`) },
        office: { agencyId: actor.agencyId! },
      },
      _sum: { count: true },
    });
    const total = own.reduce((sum, d) => sum + d.visits, 0);
    expect(total).toBe(recount._sum.count);
    const city = (await findDailyVisits(await demoActor("HUMAS"), { from: "2022-01-30", to: "2022-02-28" })).reduce(
      (sum, d) => sum + d.visits,
      0,
    );
    expect(total).toBeLessThan(city);
  });
});
