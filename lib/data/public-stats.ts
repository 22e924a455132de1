import "server-only";
import * as clock from "@/lib/clock";
import { publicDb } from "@/lib/read-db";
import { dayOfDate, lastDayOf } from "@/lib/day";
import { publishCount, type PublishedCount } from "@/lib/stats/suppress";
import type { OutcomeCode } from "@/lib/vocabulary";
import { findMonthReleases, latestPublicMonth } from "./public-releases";

export type HeadlineNumbers = {
  officesLive: PublishedCount;
  visitsMonth: PublishedCount;
  servedVaccinatedShare: number | null;
  dataUntil: string | null;
};

/** The public home page's three numbers, for the latest whole month that is over (as every public table). */
export async function getHeadlineNumbers(): Promise<HeadlineNumbers> {
  const db = await publicDb();
  const officesLive = publishCount(
    await db.office.count({ where: { archivedAt: null, stage: { in: ["LIVE", "VERIFIED"] } } }),
  );
  const month = await latestPublicMonth();
  if (!month) return { officesLive, visitsMonth: publishCount(0), servedVaccinatedShare: null, dataUntil: null };
  const [{ outcome }] = await findMonthReleases(month, month);
  const published = (code: OutcomeCode) => outcome.columnTotals[outcome.columns.indexOf(code)];
  const total = outcome.total;
  const vaccinated = published("SERVED_VACCINATED");
  const ungated = published("SERVED_NO_REQUIREMENT");
  // The share is of gated visits (services with no rule in force are left out), and only
  // from published numbers: a share computed from a hidden count would reveal it.
  const gated = total === null || ungated === null ? null : total - ungated;
  return {
    officesLive,
    visitsMonth: total === null ? publishCount(0) : publishCount(total),
    servedVaccinatedShare: vaccinated === null || !gated ? null : vaccinated / gated,
    dataUntil: lastDayOf(month),
  };
}

export type ActiveCircular = { number: string; title: string; issuedOn: string; effectiveFrom: string; body: string };

/** Circulars in force now (status ACTIVE, effective window containing now). */
export async function findActiveCirculars(now = clock.now()): Promise<ActiveCircular[]> {
  const db = await publicDb();
  const circulars = await db.circular.findMany({
    where: { status: "ACTIVE", effectiveFrom: { lte: now }, OR: [{ effectiveTo: null }, { effectiveTo: { gt: now } }] },
    orderBy: { issuedOn: "desc" },
  });
  return circulars.map((c) => ({
    number: c.number,
    title: c.title,
    issuedOn: dayOfDate(c.issuedOn),
    effectiveFrom: c.effectiveFrom.toISOString(),
    body: c.body,
  }));
}
