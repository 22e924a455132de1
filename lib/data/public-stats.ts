import "server-only";
import { prisma } from "@/lib/db";
import { publishCount, type PublishedCount } from "@/lib/stats/suppress";

export type HeadlineNumbers = {
  officesLive: PublishedCount;
  visits30: PublishedCount;
  servedVaccinatedShare: number | null;
  dataUntil: string | null;
};

const WINDOW_DAYS = 30;

/** The public home page's three numbers, over the last 30 days that hold data. */
export async function getHeadlineNumbers(): Promise<HeadlineNumbers> {
  const officesLive = await prisma.office.count({ where: { archivedAt: null, stage: { in: ["LIVE", "VERIFIED"] } } });
  const latest = await prisma.dailyTraffic.aggregate({ _max: { day: true } });
  const to = latest._max.day;
  if (!to) return { officesLive: publishCount(officesLive), visits30: publishCount(0), servedVaccinatedShare: null, dataUntil: null };
  const from = new Date(to.getTime() - (WINDOW_DAYS - 1) * 86_400_000);
  const byOutcome = await prisma.dailyTraffic.groupBy({ by: ["outcome"], where: { day: { gte: from, lte: to } }, _sum: { count: true } });
  const sumOf = (keep: (outcome: string) => boolean) => byOutcome.filter((o) => keep(o.outcome)).reduce((sum, o) => sum + (o._sum.count ?? 0), 0);
  const total = sumOf(() => true);
  // The share is of gated visits: services with no rule in force (health care) are left out.
  const gated = sumOf((o) => o !== "SERVED_NO_REQUIREMENT");
  const vaccinated = sumOf((o) => o === "SERVED_VACCINATED");
  const published = publishCount(total);
  return {
    officesLive: publishCount(officesLive),
    visits30: published,
    // A share of a suppressed total would reveal it; publish the share only with its total.
    servedVaccinatedShare: publishCount(gated).suppressed ? null : vaccinated / gated,
    dataUntil: to.toISOString().slice(0, 10),
  };
}

export type ActiveCircular = { number: string; title: string; issuedOn: string; effectiveFrom: string; body: string };

/** Circulars in force now (status ACTIVE, effective window containing now). */
export async function findActiveCirculars(now = new Date()): Promise<ActiveCircular[]> {
  const circulars = await prisma.circular.findMany({
    where: { status: "ACTIVE", effectiveFrom: { lte: now }, OR: [{ effectiveTo: null }, { effectiveTo: { gt: now } }] },
    orderBy: { issuedOn: "desc" },
  });
  return circulars.map((c) => ({
    number: c.number,
    title: c.title,
    issuedOn: c.issuedOn.toISOString().slice(0, 10),
    effectiveFrom: c.effectiveFrom.toISOString(),
    body: c.body,
  }));
}
