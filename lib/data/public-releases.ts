import "server-only";
import { realNowMs, today } from "@/lib/clock";
import { cache } from "react";
import { metrics } from "@/lib/metrics.mjs";
import { prisma } from "@/lib/db";
import { publicDb } from "@/lib/read-db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type MonthCube, type PeriodTables } from "@/lib/stats/period-tables";
import { dateOfDay, lastDayOf, monthsBetween, type Day } from "@/lib/day";
import { AppError } from "@/lib/errors";
import { finalOn, firstReleaseOn, releaseStatus, type ReleaseStatus } from "@/lib/stats/release-calendar";
import { publicAudit } from "@/lib/stats/revision-audit";

// Public tables are released by the month-close job on the month's release day
// (lib/stats/release-calendar.ts) and then frozen: the stored release is both what every
// public page and open-data request serves (the cache) and the record of what was published.
// A read never releases anything: a month without a release is not public yet. Late events
// never change a release: they raise the month's TrafficMonth.revision, officials see them
// pending, and they come out only in a new version that passes the audit against the old one
// (lib/services/public-releases.ts), until the month is final.

export type Release = {
  month: string;
  version: number;
  revision: number;
  publishedAt: Date;
  tables: PeriodTables;
  cube: MonthCube;
  visits: number;
  scanningOffices: number | null;
};
type MonthState = { revision: number; version: number };

/** How long a process trusts the state it read: a release made by another instance shows within this time. */
const STATE_TTL_MS = 1000;
let stateRead: { at: number; months: Promise<Map<string, MonthState>> } | null = null;

/** Every month with traffic: its revision and its latest released version (0: none yet). At most once a second per process. */
function monthStates(now = realNowMs()): Promise<Map<string, MonthState>> {
  if (!stateRead || now - stateRead.at > STATE_TTL_MS) {
    // From the replica, which is never ahead of the primary that releases are read from: a
    // stamp made of these states can be older than the tables cached under it, never newer.
    const months = publicDb()
      .then(
        (db) => db.$queryRaw<{ month: string; revision: number; version: number }[]>`
          SELECT t.month, t.revision, coalesce(max(r.version), 0)::int AS version
          FROM "TrafficMonth" t LEFT JOIN "PublicRelease" r ON r.month = t.month GROUP BY t.month, t.revision`,
      )
      .then((rows) => new Map(rows.map((r) => [r.month, { revision: r.revision, version: r.version }])));
    stateRead = { at: now, months };
    months.catch(() => (stateRead = null));
  }
  return stateRead.months;
}

/** Forgets the state read, after this process stored events or released a month. */
export function forgetMonthStates(): void {
  stateRead = null;
}

/** A key that changes whenever a month is released anew: for caching what is made from releases. */
export async function releasesStamp(): Promise<string> {
  return [...(await monthStates())].map(([month, s]) => `${month}:${s.version}`).join(",");
}

/** The latest released month (YYYY-MM): public tables cover released months only. */
export async function latestPublicMonth(): Promise<string | null> {
  const released = [...(await monthStates())].filter(([, s]) => s.version > 0).map(([m]) => m);
  return released.sort().at(-1) ?? null;
}

/** When the published numbers last changed: the newest release of a month that is over. */
export const lastUpdated = cache(async (): Promise<string | null> => {
  const db = await publicDb();
  const month = await latestPublicMonth();
  if (!month) return null;
  const latest = await db.publicRelease.aggregate({
    _max: { publishedAt: true },
    where: { month: { lte: month } },
  });
  return latest._max.publishedAt?.toISOString() ?? null;
});

/** Releases already read by this process, by month and version: a release never changes. */
const releasesRead = new Map<string, Release>();

export function toRelease(row: {
  month: string;
  version: number;
  revision: number;
  publishedAt: Date;
  tables: Prisma.JsonValue;
  cube: Prisma.JsonValue;
  visits: number;
  scanningOffices: number | null;
}): Release {
  return { ...row, tables: row.tables as unknown as PeriodTables, cube: row.cube as unknown as MonthCube };
}

/** The latest release of a month (null: never released). */
export async function findLatestRelease(month: string): Promise<Release | null> {
  const row = await prisma.publicRelease.findFirst({ where: { month }, orderBy: { version: "desc" } });
  return row && toRelease(row);
}

/** Every version of a month, oldest first: what a revision is audited beside. */
export async function findMonthVersions(month: string): Promise<Release[]> {
  const rows = await prisma.publicRelease.findMany({ where: { month }, orderBy: { version: "asc" } });
  return rows.map(toRelease);
}

/** Offices that recorded visits in a month (scanner, desk or upload): what the month's page counts. */
export async function countScanningOffices(month: string): Promise<number> {
  const [row] = await prisma.$queryRaw<{ offices: number }[]>`
    SELECT count(DISTINCT "officeId")::int AS offices FROM "DailyOfficeTraffic"
    WHERE "day" BETWEEN ${dateOfDay(`${month}-01`)} AND ${dateOfDay(lastDayOf(month))} AND "count" > 0`;
  return row.offices;
}

/** The release a month is served from: its latest version (a month never released is not public: NOT_FOUND). */
async function servedRelease(month: string, state: MonthState | undefined): Promise<Release> {
  const key = `${month}@${state?.version ?? 0}`;
  const known = releasesRead.get(key);
  metrics().cacheLookups.inc({ result: known ? "hit" : "miss" });
  if (known) return known;
  const release = state?.version ? await findLatestRelease(month) : null;
  if (!release) throw new AppError("NOT_FOUND", `Data ${month} belum diterbitkan.`);
  releasesRead.set(key, release);
  return release;
}

/**
 * Version `version` of a month as it was published (NOT_FOUND when it never was): every
 * version stays public, since the audit of each assumes an attacker kept the earlier ones.
 */
export async function findReleaseVersion(month: string, version: number): Promise<Release> {
  const key = `${month}@${version}`;
  const known = releasesRead.get(key);
  if (known) return known;
  const db = await publicDb();
  const row = await db.publicRelease.findUnique({ where: { month_version: { month, version } } });
  if (!row) throw new AppError("NOT_FOUND", `Data ${month} versi ${version} tidak pernah diterbitkan.`);
  // A published version never changes: it is kept like the latest ones.
  const release = toRelease(row);
  releasesRead.set(key, release);
  return release;
}

/** The published tables of each month from one YYYY-MM to another, as released. Once per request. */
export const findMonthReleases = cache(async (fromMonth: string, toMonth: string): Promise<PeriodTables[]> => {
  const states = await monthStates();
  const tables: PeriodTables[] = [];
  // One month after another: on the embedded database there is one connection anyway.
  for (const month of monthsBetween(fromMonth, toMonth))
    tables.push((await servedRelease(month, states.get(month))).tables);
  return tables;
});

export type ReleasedMonth = {
  month: string;
  version: number;
  publishedAt: Date;
  releasedVisits: number;
  visitsNow: number;
  lateEvents: number;
  /** Offices that scanned in the month (null: released before SIGAP counted them). */
  scanningOffices: number | null;
  status: ReleaseStatus;
  finalOn: string;
};

/** Every released month with its latest version and the late visits that arrived since (pending a revision), newest first. */
export async function findReleasedMonths(): Promise<ReleasedMonth[]> {
  const db = await publicDb();
  const rows = await db.$queryRaw<
    {
      month: string;
      version: number;
      publishedAt: Date;
      visits: number;
      scanningOffices: number | null;
      now: bigint | null;
    }[]
  >`
    SELECT r.month, r.version, r."publishedAt", r.visits, r."scanningOffices",
      (SELECT sum(m."count") FROM "MonthlyTraffic" m WHERE m."month" = to_date(r.month || '-01', 'YYYY-MM-DD'))::bigint AS now
    FROM "PublicRelease" r
    WHERE r.version = (SELECT max(version) FROM "PublicRelease" x WHERE x.month = r.month)
    ORDER BY r.month DESC`;
  const day = today();
  return rows.map((r) => {
    const visitsNow = Number(r.now ?? 0);
    return {
      scanningOffices: r.scanningOffices,
      status: releaseStatus(r.month, r.version, day),
      finalOn: finalOn(r.month),
      month: r.month,
      version: r.version,
      publishedAt: r.publishedAt,
      releasedVisits: r.visits,
      visitsNow,
      lateEvents: visitsNow - r.visits,
    };
  });
}

/**
 * The months with traffic and no release whose release day (lib/stats/release-calendar.ts)
 * has come by `today`: the month-close job's work. Read on the primary, since it decides a write.
 */
export async function findMonthsDueForRelease(today: Day): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ month: string }[]>`
    SELECT t.month FROM "TrafficMonth" t
    WHERE NOT EXISTS (SELECT 1 FROM "PublicRelease" r WHERE r.month = t.month) ORDER BY t.month`;
  return rows.map((r) => r.month).filter((month) => firstReleaseOn(month) <= today);
}

/** Every published version of every month, with its audit: what meta.json lists (never the late visits pending). */
export async function findPublishedVersions() {
  const db = await publicDb();
  const rows = await db.publicRelease.findMany({
    select: { month: true, version: true, publishedAt: true, audit: true },
    orderBy: [{ month: "desc" }, { version: "desc" }],
  });
  const latest = new Map<string, number>();
  for (const r of rows) if (!latest.has(r.month)) latest.set(r.month, r.version);
  const day = today();
  return rows.map((r) => ({
    month: r.month,
    version: r.version,
    publishedAt: r.publishedAt.toISOString(),
    // Where the month stands (the latest version's status) and the day it is, or becomes, final.
    status: releaseStatus(r.month, latest.get(r.month)!, day),
    finalOn: finalOn(r.month),
    audit: publicAudit(r.audit),
    // Every version stays downloadable, so anyone can compare what changed (and read the erratum).
    download: `/api/v1/open-data/traffic.json?from=${r.month}-01&to=${lastDayOf(r.month)}&version=${r.version}`,
  }));
}
