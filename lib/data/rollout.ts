import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { agenciesOf, officesOf } from "@/lib/auth/scope";
import { readDb } from "@/lib/read-db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Page, pageOf } from "@/lib/validations/list-params";
import type { OverdueParams } from "@/lib/validations/rollout";
import { ROLLOUT_STAGES, type RolloutStageCode } from "@/lib/vocabulary";
import { addDays, dateOfDay, dayOfDate, daysBetween, type Day } from "@/lib/day";
import * as clock from "@/lib/clock";

const SCANNING: RolloutStageCode[] = ["LIVE", "VERIFIED"];

function officeScope(actor: Actor): Prisma.OfficeWhereInput {
  return { archivedAt: null, ...officesOf(actor) };
}

/** Offices not scanning although their agency's deadline lies before `today`. */
const pastDeadline = (today: Date): Prisma.OfficeWhereInput => ({
  stage: { notIn: SCANNING },
  agency: { rolloutDeadline: { lt: today } },
});

/** The rollout in three numbers for the actor's scope: active offices, those scanning, those past their deadline. */
export async function countRollout(
  actor: Actor,
  asOf: Day = clock.today(),
): Promise<{ total: number; scanning: number; overdue: number }> {
  const db = await readDb();
  const [total, scanning, overdue] = await Promise.all([
    db.office.count({ where: officeScope(actor) }),
    db.office.count({ where: { ...officeScope(actor), stage: { in: SCANNING } } }),
    db.office.count({ where: { ...officeScope(actor), ...pastDeadline(dateOfDay(asOf)) } }),
  ]);
  return { total, scanning, overdue };
}

/** Offices per rollout stage (the funnel), in stage order. */
export async function findStageCounts(actor: Actor): Promise<{ stage: RolloutStageCode; count: number }[]> {
  const db = await readDb();
  const groups = await db.office.groupBy({ by: ["stage"], where: officeScope(actor), _count: { _all: true } });
  return ROLLOUT_STAGES.map((stage) => ({ stage, count: groups.find((g) => g.stage === stage)?._count._all ?? 0 }));
}

export type StageByKecamatan = { code: string; name: string; total: number } & Record<RolloutStageCode, number>;

/** Offices per stage in each kecamatan. */
export async function findStagesByKecamatan(actor: Actor): Promise<StageByKecamatan[]> {
  const db = await readDb();
  const [kecamatan, offices] = await Promise.all([
    db.kecamatan.findMany({ orderBy: { name: "asc" } }),
    db.office.findMany({
      where: officeScope(actor),
      select: { stage: true, kelurahan: { select: { kecamatanCode: true } } },
    }),
  ]);
  return kecamatan.map((k) => {
    const here = offices.filter((o) => o.kelurahan.kecamatanCode === k.code);
    const counts = Object.fromEntries(
      ROLLOUT_STAGES.map((s) => [s, here.filter((o) => o.stage === s).length]),
    ) as Record<RolloutStageCode, number>;
    return { code: k.code, name: k.name, total: here.length, ...counts };
  });
}

export type AgencyProgress = {
  code: string;
  name: string;
  offices: number;
  scanning: number;
  share: number | null;
  deadline: string | null;
  overdue: number;
};

/** Each agency's share of offices scanning, its deadline, and how many offices are late. */
export async function findAgencyProgress(actor: Actor, asOf?: string): Promise<AgencyProgress[]> {
  const db = await readDb();
  const today = dateOfDay(asOf ?? clock.today());
  const agencies = await db.agency.findMany({
    where: { archivedAt: null, ...agenciesOf(actor) },
    include: { offices: { where: { archivedAt: null }, select: { stage: true } } },
    orderBy: { name: "asc" },
  });
  return agencies.map((a) => {
    const scanning = a.offices.filter((o) => SCANNING.includes(o.stage)).length;
    const late = a.rolloutDeadline !== null && a.rolloutDeadline < today;
    return {
      code: a.code,
      name: a.name,
      offices: a.offices.length,
      scanning,
      share: a.offices.length ? scanning / a.offices.length : null,
      deadline: a.rolloutDeadline ? dayOfDate(a.rolloutDeadline) : null,
      overdue: late ? a.offices.length - scanning : 0,
    };
  });
}

export type OverdueRow = {
  code: string;
  office: string;
  agency: string;
  kecamatan: string;
  stage: RolloutStageCode;
  deadline: string | null;
  daysOverdue: number;
};

const OVERDUE_ORDER: Record<OverdueParams["sort"]["id"], (d: "asc" | "desc") => Prisma.OfficeOrderByWithRelationInput> =
  {
    office: (d) => ({ name: d }),
    agency: (d) => ({ agency: { name: d } }),
    kecamatan: (d) => ({ kelurahan: { kecamatan: { name: d } } }),
    stage: (d) => ({ stage: d }),
    // Days overdue grow as the deadline lies further back.
    deadline: (d) => ({ agency: { rolloutDeadline: d } }),
    daysOverdue: (d) => ({ agency: { rolloutDeadline: d === "desc" ? "asc" : "desc" } }),
  };

/**
 * Offices past their agency's deadline and not scanning (or, with show=all, every office
 * with how late it is), sortable and searchable, a page at a time.
 */
export async function findOverdueOffices(
  actor: Actor,
  params: OverdueParams,
  asOf?: string,
): Promise<Page<OverdueRow>> {
  const db = await readDb();
  const today = dateOfDay(asOf ?? clock.today());
  const where: Prisma.OfficeWhereInput = {
    ...officeScope(actor),
    ...(params.show === "all" ? {} : pastDeadline(today)),
    ...(params.q
      ? {
          OR: [
            { name: { contains: params.q, mode: "insensitive" } },
            { code: { contains: params.q, mode: "insensitive" } },
            { agency: { name: { contains: params.q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
  const [total, offices] = await db.$transaction([
    db.office.count({ where }),
    db.office.findMany({
      where,
      orderBy: [OVERDUE_ORDER[params.sort.id](params.sort.desc ? "desc" : "asc"), { code: "asc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
      include: { agency: true, kelurahan: { include: { kecamatan: true } } },
    }),
  ]);
  return pageOf(
    params,
    total,
    offices.map((o) => ({
      code: o.code,
      office: o.name,
      agency: o.agency.name,
      kecamatan: o.kelurahan.kecamatan.name,
      stage: o.stage,
      deadline: o.agency.rolloutDeadline ? dayOfDate(o.agency.rolloutDeadline) : null,
      daysOverdue: overdueDays(o.stage, o.agency.rolloutDeadline, today),
    })),
  );
}

/** Days past the deadline of an office that is not scanning yet (0 when scanning or not late). */
function overdueDays(stage: RolloutStageCode, deadline: Date | null, today: Date): number {
  if (SCANNING.includes(stage) || !deadline || deadline >= today) return 0;
  return daysBetween(dayOfDate(deadline), dayOfDate(today));
}

export type OfficeToGoLive = { code: string; name: string; stage: RolloutStageCode; deadline: string | null };

/** The offices in scope not scanning yet (an agency admin's to-do), the furthest behind first. */
export async function findOfficesToGoLive(actor: Actor): Promise<OfficeToGoLive[]> {
  const db = await readDb();
  const offices = await db.office.findMany({
    where: { ...officeScope(actor), stage: { notIn: SCANNING } },
    select: { code: true, name: true, stage: true, agency: { select: { rolloutDeadline: true } } },
  });
  return offices
    .map((o) => ({
      code: o.code,
      name: o.name,
      stage: o.stage,
      deadline: o.agency.rolloutDeadline ? dayOfDate(o.agency.rolloutDeadline) : null,
    }))
    .sort((a, b) => ROLLOUT_STAGES.indexOf(a.stage) - ROLLOUT_STAGES.indexOf(b.stage) || a.code.localeCompare(b.code));
}

export type StoppedOffice = { agencyId: string; code: string; name: string };

/** Quiet days after which a scanning office is said to have stopped, and the days before them it must have been active. */
export const STOPPED_QUIET_DAYS = 3;
const STOPPED_ACTIVE_DAYS = 14;

/**
 * Offices at a scanning stage that recorded visits in the two weeks before the last
 * STOPPED_QUIET_DAYS days up to `through`, and none since: their scanner or desk went quiet.
 */
export async function findOfficesStoppedScanning(through: Day): Promise<StoppedOffice[]> {
  const quietFrom = addDays(through, -(STOPPED_QUIET_DAYS - 1));
  const activeFrom = addDays(quietFrom, -STOPPED_ACTIVE_DAYS);
  const db = await readDb();
  return db.$queryRaw<StoppedOffice[]>`
    SELECT o."agencyId", o.code, o.name FROM "Office" o
    WHERE o."archivedAt" IS NULL AND o.stage::text IN ('LIVE', 'VERIFIED')
      AND EXISTS (SELECT 1 FROM "DailyOfficeTraffic" t WHERE t."officeId" = o.id AND t.count > 0
        AND t.day >= ${dateOfDay(activeFrom)} AND t.day < ${dateOfDay(quietFrom)})
      AND NOT EXISTS (SELECT 1 FROM "DailyOfficeTraffic" t WHERE t."officeId" = o.id AND t.count > 0
        AND t.day >= ${dateOfDay(quietFrom)} AND t.day <= ${dateOfDay(through)})
    ORDER BY o.code`;
}
