import "server-only";
import { writeAudit, type AuditActor } from "@/lib/audit";
import { findLatestRelease, forgetMonthStates } from "@/lib/data/public-releases";
import { findMonthCubes } from "@/lib/data/traffic-table";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { monthVisits } from "@/lib/stats/period-tables";
import { auditedRevision, type RevisionOutcome } from "@/lib/stats/revision-audit";

export type RevisionResult =
  | { published: true; version: number; lateEvents: number }
  | ({ published: false; lateEvents: number } & (
      { reason: "exposes"; exposed: number } | { reason: "withdraws"; withdrawn: number; shown: number }
    ));

/**
 * Publishes a new version of a released month with the late events that arrived since, when
 * the audit allows it: an attacker holding both versions must learn no small count, neither
 * of either version nor of the late visits (lib/stats/revision-audit.ts). Otherwise nothing
 * changes and the late events stay pending. A published revision comes with an erratum.
 */
/** Why the audit refused a revision, as the result and the audit log say it. */
function refusal(outcome: Extract<RevisionOutcome, { ok: false }>) {
  return outcome.reason === "exposes"
    ? { reason: outcome.reason, exposed: outcome.exposed }
    : { reason: outcome.reason, withdrawn: outcome.withdrawn, shown: outcome.shown };
}

export async function publishRevision(db: Db, actor: AuditActor, month: string): Promise<RevisionResult> {
  const latest = await findLatestRelease(month);
  if (!latest)
    throw new AppError("NOT_FOUND", `Bulan ${month} belum pernah dirilis.`, { month: ["Bulan ini belum dirilis"] });
  const state = await db.trafficMonth.findUnique({ where: { month } });
  const [cube] = await findMonthCubes(month, month);
  const visits = monthVisits(cube);
  const lateEvents = visits - latest.visits;
  if (!state || state.revision === latest.revision || lateEvents === 0)
    throw new AppError("CONFLICT", `Tidak ada kunjungan terlambat untuk ${month} sejak rilis versi ${latest.version}.`);
  const outcome = await auditedRevision({ cube: latest.cube, tables: latest.tables }, cube);
  if (!outcome.ok) {
    await writeAudit(db, actor, {
      action: "release.refused",
      entity: "PublicRelease",
      entityId: month,
      after: { lateEvents, ...refusal(outcome) },
    });
    return { published: false, lateEvents, ...refusal(outcome) };
  }
  const version = latest.version + 1;
  const json = (value: unknown) => value as Prisma.InputJsonValue;
  await db.$transaction(async (tx) => {
    await tx.publicRelease.create({
      data: {
        month,
        version,
        revision: state.revision,
        tables: json(outcome.tables),
        cube: json(cube),
        audit: json(outcome.audit),
        visits,
      },
    });
    await tx.erratum.create({
      data: {
        affected: `Data terbuka ${month} (versi ${version})`,
        descriptionId: `Revisi ${month}: ${lateEvents} kunjungan yang terlambat dilaporkan ditambahkan; rilis versi ${version} diperiksa ulang bersama versi ${latest.version}.`,
        descriptionEn: `Revision of ${month}: ${lateEvents} late-reported visits added; release version ${version} was audited together with version ${latest.version}.`,
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
