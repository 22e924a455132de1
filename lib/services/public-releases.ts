import "server-only";
import { writeAudit, type AuditActor } from "@/lib/audit";
import * as clock from "@/lib/clock";
import {
  countScanningOffices,
  findMonthVersions,
  findMonthsDueForRelease,
  findReleasedMonths,
  forgetMonthStates,
  toRelease,
  type Release,
} from "@/lib/data/public-releases";
import { wibDay } from "@/lib/day";
import { finalOn } from "@/lib/stats/release-calendar";
import { findMonthCubes } from "@/lib/data/traffic-table";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { monthVisits, suppressMonth } from "@/lib/stats/period-tables";
import { auditedRevision, type RevisionOutcome } from "@/lib/stats/revision-audit";

export type RevisionResult =
  | { published: true; version: number; lateEvents: number }
  | ({ published: false; lateEvents: number; current: number; finalOn: string } & (
      | { reason: "exposes"; exposed: number }
      | { reason: "withdraws"; withdrawn: number; shown: number }
      | { reason: "tooFew" }
    ));

/** A release's tables, cube or audit, as the JSON column stores it. */
const json = (value: unknown) => value as Prisma.InputJsonValue;

/**
 * Releases a month for the first time, published at `at`: its tables suppressed and audited.
 * Made by the month-close job (or the demo seed, on each month's release day); two instances
 * releasing at once store one.
 */
export async function releaseFirst(db: Db, month: string, at: Date): Promise<Release> {
  const state = await db.trafficMonth.findUnique({ where: { month } });
  const [cube] = await findMonthCubes(month, month);
  const { tables, audit } = await suppressMonth(cube);
  await db.publicRelease.createMany({
    data: [
      {
        month,
        version: 1,
        revision: state?.revision ?? 0,
        publishedAt: at,
        tables: json(tables),
        cube: json(cube),
        audit: json(audit),
        visits: monthVisits(cube),
        scanningOffices: await countScanningOffices(month),
      },
    ],
    skipDuplicates: true,
  });
  forgetMonthStates();
  return toRelease(await db.publicRelease.findUniqueOrThrow({ where: { month_version: { month, version: 1 } } }));
}

/** The month-close job's work at `at`: releases every month due (findMonthsDueForRelease). Returns them. */
export async function releaseMonthsDue(db: Db, at: Date): Promise<string[]> {
  const due = await findMonthsDueForRelease(wibDay(at));
  for (const month of due) await releaseFirst(db, month, at);
  return due;
}

/** Why the audit refused a revision, as the result and the audit log say it. */
function refusal(outcome: Extract<RevisionOutcome, { ok: false }>) {
  if (outcome.reason === "exposes") return { reason: outcome.reason, exposed: outcome.exposed };
  if (outcome.reason === "withdraws")
    return { reason: outcome.reason, withdrawn: outcome.withdrawn, shown: outcome.shown };
  return { reason: outcome.reason };
}

/**
 * Publishes a new version of a released month with the late events that arrived since, when
 * the audit allows it: an attacker holding both versions must learn no small count, neither
 * of either version nor of the late visits (lib/stats/revision-audit.ts). Otherwise nothing
 * changes and the late events stay pending. A published revision comes with an erratum.
 */
export async function publishRevision(
  db: Db,
  actor: AuditActor,
  month: string,
  at: Date = clock.now(),
): Promise<RevisionResult> {
  const versions = await findMonthVersions(month);
  const latest = versions.at(-1);
  if (!latest)
    throw new AppError("NOT_FOUND", `Bulan ${month} belum pernah dirilis.`, { month: ["Bulan ini belum dirilis"] });
  if (wibDay(at) >= finalOn(month))
    throw new AppError(
      "CONFLICT",
      `Data ${month} sudah final sejak ${finalOn(month)} (versi ${latest.version}): kunjungan terlambat tetap tercatat di dasbor petugas, tetapi tidak diterbitkan lagi.`,
    );
  const state = await db.trafficMonth.findUnique({ where: { month } });
  const [cube] = await findMonthCubes(month, month);
  const visits = monthVisits(cube);
  const lateEvents = visits - latest.visits;
  if (!state || state.revision === latest.revision || lateEvents === 0)
    throw new AppError("CONFLICT", `Tidak ada kunjungan terlambat untuk ${month} sejak rilis versi ${latest.version}.`);
  // Audited beside every earlier version: the attacker is assumed to have kept them all.
  const outcome = await auditedRevision(versions, cube);
  if (!outcome.ok) {
    await writeAudit(db, actor, {
      action: "release.refused",
      entity: "PublicRelease",
      entityId: month,
      // The month's revision counter the audit saw: the job does not try the same late visits twice.
      after: { lateEvents, revision: state.revision, ...refusal(outcome) },
    });
    return { published: false, lateEvents, current: latest.version, finalOn: finalOn(month), ...refusal(outcome) };
  }
  const version = latest.version + 1;
  await db.$transaction(async (tx) => {
    await tx.publicRelease.create({
      data: {
        month,
        version,
        publishedAt: at,
        scanningOffices: latest.scanningOffices,
        revision: state.revision,
        tables: json(outcome.tables),
        // What this version counts, as published: a coarsened one keeps its late visits in the late row.
        cube: json(outcome.cube),
        audit: json(outcome.audit),
        visits,
      },
    });
    await tx.erratum.create({
      data: {
        publishedAt: at,
        affected: `Data terbuka ${month} (versi ${version})`,
        // No count of the late visits: it is the difference the audit keeps from the public.
        ...(outcome.audit.coarsened
          ? {
              descriptionId: `Revisi ${month}: kunjungan yang terlambat dilaporkan ditambahkan sebagai baris "Dilaporkan terlambat" per hasil, tanpa hari, kecamatan dan layanan; tabel lain tetap seperti versi ${latest.version}. Rilis versi ${version} diperiksa ulang bersama versi sebelumnya.`,
              descriptionEn: `Revision of ${month}: late-reported visits added as a "Reported late" row by outcome, without day, kecamatan or service; the other tables stay as in version ${latest.version}. Release version ${version} was audited together with the earlier versions.`,
            }
          : {
              descriptionId: `Revisi ${month}: kunjungan yang terlambat dilaporkan ditambahkan; rilis versi ${version} diperiksa ulang bersama versi ${latest.version}.`,
              descriptionEn: `Revision of ${month}: late-reported visits added; release version ${version} was audited together with version ${latest.version}.`,
            }),
      },
    });
    await writeAudit(tx, actor, {
      action: "release.publish",
      entity: "PublicRelease",
      entityId: `${month}@${version}`,
      before: { version: latest.version },
      after: { version, lateEvents },
    });
  });
  forgetMonthStates();
  return { published: true, version, lateEvents };
}

export type RevisionAttempt = { month: string } & RevisionResult;

/**
 * The daily revision job at `at`: tries a revision of every released month that has late visits
 * and is not final yet (lib/stats/release-calendar.ts). A refusal is audited; the month is tried
 * again once more late visits have arrived (the same visits get the same answer); on the month's
 * final day the tries stop and the latest version stays.
 */
export async function reviseMonthsWithLateVisits(db: Db, actor: AuditActor, at: Date): Promise<RevisionAttempt[]> {
  const day = wibDay(at);
  const attempts: RevisionAttempt[] = [];
  for (const m of await findReleasedMonths()) {
    if (m.lateEvents <= 0 || day >= finalOn(m.month)) continue;
    if (await refusedAlready(db, m.month)) continue;
    try {
      attempts.push({ month: m.month, ...(await publishRevision(db, actor, m.month, at)) });
    } catch (error) {
      // Nothing new since the last version (the replica lagged): nothing to try today.
      if (!(error instanceof AppError && error.code === "CONFLICT")) throw error;
    }
  }
  return attempts;
}

/** Whether the latest refusal of `month` saw the late visits it has now (none arrived since). */
async function refusedAlready(db: Db, month: string): Promise<boolean> {
  const [refused, state] = await Promise.all([
    db.auditLog.findFirst({
      where: { action: "release.refused", entity: "PublicRelease", entityId: month },
      orderBy: { id: "desc" },
      select: { after: true },
    }),
    db.trafficMonth.findUnique({ where: { month }, select: { revision: true } }),
  ]);
  const seen = (refused?.after as { revision?: number } | null)?.revision;
  return seen !== undefined && seen === state?.revision;
}
