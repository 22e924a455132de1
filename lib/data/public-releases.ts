import "server-only";
import { cache } from "react";
import { findMonthCubes } from "@/lib/data/traffic-table";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { monthsBetween, suppressMonth, type PeriodTables } from "@/lib/stats/period-tables";
import { wibDay } from "@/lib/wib";

// Public tables are computed once per month and stored as a release: the stored release is
// both the cache every public page and open-data request reads and the record of what was
// published. Ingestion bumps TrafficMonth.revision of the months a batch touches (in the
// same statement as the events); a release made at an older revision is out of date, and
// the next read makes the next version of that month — no other month is recomputed.

type Release = { month: string; version: number; revision: number; tables: PeriodTables };

/** Each process keeps the releases it has read; a release is immutable, so only the revision check can retire one. */
const releasesRead = new Map<string, Release>();

/** How long a process trusts the revisions it read: another instance's late event shows within this time. */
const REVISIONS_TTL_MS = 1000;
let revisionsRead: { at: number; revisions: Promise<Map<string, number>> } | null = null;

/** Every month's current revision (a handful of rows), read at most once a second per process. */
function monthRevisions(now = Date.now()): Promise<Map<string, number>> {
  if (!revisionsRead || now - revisionsRead.at > REVISIONS_TTL_MS) {
    const revisions = prisma.trafficMonth.findMany({ select: { month: true, revision: true } }).then((months) => new Map(months.map((m) => [m.month, m.revision])));
    revisionsRead = { at: now, revisions };
    revisions.catch(() => (revisionsRead = null));
  }
  return revisionsRead.revisions;
}

/** Forgets the revisions read, after this process stored events of a published month. */
export function forgetMonthRevisions(): void {
  revisionsRead = null;
}

/** A key that changes whenever any month's public tables may have: for caching what is made from them. */
export async function releasesStamp(): Promise<string> {
  return [...(await monthRevisions())].map(([month, revision]) => `${month}:${revision}`).join(",");
}

/** The latest month with traffic that is over (YYYY-MM): public tables cover whole past months only. */
export async function latestPublicMonth(): Promise<string | null> {
  const thisMonth = wibDay(new Date()).slice(0, 7);
  const over = [...(await monthRevisions()).keys()].filter((m) => m < thisMonth).sort();
  return over.at(-1) ?? null;
}

/** When the published numbers last changed: the newest arrival in a month that is over. Read, never scanned. */
export const lastUpdated = cache(async (): Promise<string | null> => {
  const month = await latestPublicMonth();
  if (!month) return null;
  const latest = await prisma.trafficMonth.aggregate({ _max: { lastReceivedAt: true }, where: { month: { lte: month } } });
  return latest._max.lastReceivedAt?.toISOString() ?? null;
});

/** The current release of one month: stored, or made now (and stored) when the month changed since. */
async function monthRelease(month: string, revision: number): Promise<Release> {
  const known = releasesRead.get(month);
  if (known?.revision === revision) return known;
  const stored = await prisma.publicRelease.findFirst({ where: { month }, orderBy: { version: "desc" } });
  const release = stored?.revision === revision ? toRelease(stored) : await publishMonth(month, revision, stored?.version ?? 0);
  releasesRead.set(month, release);
  return release;
}

async function publishMonth(month: string, revision: number, previousVersion: number): Promise<Release> {
  const [cube] = await findMonthCubes(month, month);
  const { tables } = await suppressMonth(cube);
  const version = previousVersion + 1;
  // Two requests may publish the same revision at once: the first insert wins, both serve it.
  await prisma.publicRelease.createMany({
    data: [{ month, version, revision, tables: tables as unknown as Prisma.InputJsonValue }],
    skipDuplicates: true,
  });
  const stored = await prisma.publicRelease.findUniqueOrThrow({ where: { month_version: { month, version } } });
  return toRelease(stored);
}

function toRelease(row: { month: string; version: number; revision: number; tables: Prisma.JsonValue }): Release {
  return { month: row.month, version: row.version, revision: row.revision, tables: row.tables as unknown as PeriodTables };
}

/** The published tables of each month from one YYYY-MM to another (suppressed, as released). Once per request. */
export const findMonthReleases = cache(async (fromMonth: string, toMonth: string): Promise<PeriodTables[]> => {
  const revisions = await monthRevisions();
  const releases = [];
  // One month after another: on the embedded database there is one connection anyway.
  for (const month of monthsBetween(fromMonth, toMonth)) releases.push(await monthRelease(month, revisions.get(month) ?? 0));
  return releases.map((r) => r.tables);
});
