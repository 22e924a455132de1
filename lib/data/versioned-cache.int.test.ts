import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ingestEvents } from "@/lib/services/ingest";
import { trafficFiltersSchema } from "@/lib/validations/traffic";
import { demoActor, uniqueSuffix } from "@/test/actors";
import { findOfficeCompliance } from "./compliance";
import { findReferralsByPost } from "./referrals";
import { findTrafficBreakdown } from "./traffic-breakdown";

// Officials' aggregates are kept by the version of their data (versioned-cache.ts): asked again
// they are not computed again, and any change of what they read shows at the next request.

const recordsVersion = async () =>
  (await prisma.dataVersion.findUniqueOrThrow({ where: { scope: "records" } })).version;

/** 1 000 visits more in one row of an office's month rollup, without ingestion (and its revision). */
const behindItsBack = (officeId: string, month: string) =>
  prisma.$executeRaw`
    UPDATE "MonthlyTraffic" SET "count" = "count" + 1000
    WHERE ("month", "officeId", "serviceCode", outcome, "ageBand") = (
      SELECT "month", "officeId", "serviceCode", outcome, "ageBand" FROM "MonthlyTraffic"
      WHERE "officeId" = ${officeId} AND "month" = ${month}::date LIMIT 1)`;

describe("aggregates kept by the version of their data", () => {
  it("bumps the records' version once for a transaction, however many rows or tables it changes", async () => {
    const offices = await prisma.office.findMany({ take: 3, orderBy: { code: "asc" } });
    const before = await recordsVersion();
    await prisma.$transaction([
      ...offices.map((o) => prisma.office.update({ where: { id: o.id }, data: { address: `${o.address} ` } })),
      prisma.$executeRaw`UPDATE "Agency" SET "name" = "name" WHERE id = ${offices[0].agencyId}`,
    ]);
    expect(await recordsVersion()).toBe(before + 1n);
    // Nothing changed: nothing bumped.
    await prisma.office.findMany();
    expect(await recordsVersion()).toBe(before + 1n);
  });

  it("keeps the compliance scores until an office changes, by Prisma or by plain SQL, and shows the change at once", async () => {
    const actor = await demoActor("TASKFORCE");
    const first = await findOfficeCompliance(actor, "2022-02-28");
    expect(await findOfficeCompliance(actor, "2022-02-28")).toBe(first);

    const office = await prisma.office.findUniqueOrThrow({ where: { code: "DISDUKCAPIL-001" } });
    await prisma.office.update({ where: { id: office.id }, data: { name: "Loket Ganti Nama" } });
    const renamed = await findOfficeCompliance(actor, "2022-02-28");
    expect(renamed.find((r) => r.code === "DISDUKCAPIL-001")?.office).toBe("Loket Ganti Nama");

    await prisma.$executeRaw`UPDATE "Office" SET "archivedAt" = now() WHERE id = ${office.id}`;
    const archived = await findOfficeCompliance(actor, "2022-02-28");
    expect(archived.map((r) => r.code)).not.toContain("DISDUKCAPIL-001");
    expect(archived).toHaveLength(first.length - 1);
  });

  it("shows a visit in the traffic breakdown as soon as ingestion has stored it", async () => {
    const actor = await demoActor("TASKFORCE");
    const filters = { ...trafficFiltersSchema.parse({ every: "day" }), from: "2022-02-01", to: "2022-02-28" };
    const office = await prisma.office.findUniqueOrThrow({
      where: { code: "DISDUKCAPIL-002" },
      include: { services: { select: { serviceCode: true } } },
    });
    const visitsOf = (rows: readonly { key: string; total: number }[]) =>
      rows.find((r) => r.key === office.code)?.total;
    const first = await findTrafficBreakdown(actor, filters, "office");
    // A write behind ingestion's back (none is made: rollups change only with their month's
    // revision) shows that February is kept, not read again.
    await behindItsBack(office.id, "2022-02-01");
    expect(visitsOf(await findTrafficBreakdown(actor, filters, "office"))).toBe(visitsOf(first));

    const sendVisit = async (occurredAt: string) => {
      const stored = await ingestEvents(
        prisma,
        { id: office.id, services: office.services.map((s) => s.serviceCode), joinedAt: office.createdAt },
        [
          {
            id: `kept-${uniqueSuffix()}`,
            occurredAt,
            service: "KTP_EL",
            outcome: "SERVED_VACCINATED",
            proof: "PEDULILINDUNGI_APP",
            ageBand: "18-59",
          },
        ],
        "API",
      );
      expect(stored.accepted).toBe(1);
    };
    await sendVisit("2022-02-15T10:00:00+07:00");
    // February's revision changed: read again (with the write behind its back, and the visit).
    expect(visitsOf(await findTrafficBreakdown(actor, filters, "office"))).toBe(visitsOf(first)! + 1001);

    // Over January and February, January is the part kept and February the part read again.
    const twoMonths = { ...filters, from: "2022-01-01" };
    const before = visitsOf(await findTrafficBreakdown(actor, twoMonths, "office"))!;
    await behindItsBack(office.id, "2022-01-01");
    await sendVisit("2022-02-16T10:00:00+07:00");
    expect(visitsOf(await findTrafficBreakdown(actor, twoMonths, "office"))).toBe(before + 1);
  });

  it("adds the months' parts up to what one reading of the whole period gives", async () => {
    const actor = await demoActor("TASKFORCE");
    // Weeks across a month's end (29 Nov – 5 Dec 2021, 27 Dec – 2 Jan) are in two parts.
    const filters = { ...trafficFiltersSchema.parse({ every: "week" }), from: "2021-10-13", to: "2022-02-20" };
    const byWeek = await prisma.$queryRaw<{ key: string; total: number }[]>`
      SELECT to_char(date_trunc('week', "day"), 'YYYY-MM-DD') AS key, sum("count")::int AS total
      FROM "DailyServiceTraffic" WHERE "day" BETWEEN '2021-10-13' AND '2022-02-20' GROUP BY 1 ORDER BY 1`;
    const weeks = await findTrafficBreakdown(actor, filters, "time");
    expect(weeks.map((w) => ({ key: w.key, total: w.total }))).toEqual(byWeek);
    expect(weeks.find((w) => w.key === "2021-11-29")!.total).toBeGreaterThan(0);

    // Referrals by post: offices are counted once over the whole period, not once per month.
    const byPost = await prisma.$queryRaw<{ code: string; referrals: number; offices: number }[]>`
      SELECT p.code, sum(t."count")::int AS referrals, count(DISTINCT t."officeId")::int AS offices
      FROM "DailyReferral" t JOIN "VaccinationPost" p ON p.id = t."vaccinationPostId"
      WHERE t."day" BETWEEN '2021-10-13' AND '2022-02-20' GROUP BY p.code ORDER BY referrals DESC, p.code`;
    const { posts } = await findReferralsByPost(actor, filters);
    expect(byPost.length).toBeGreaterThan(1);
    expect(posts.map(({ code, referrals, offices }) => ({ code, referrals, offices }))).toEqual(byPost);
  });
});
