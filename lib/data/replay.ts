import "server-only";
import { prisma } from "@/lib/db";
import { readDb } from "@/lib/read-db";
import { addDays, DAY_MS, wibDay, wibDayStart, type Day } from "@/lib/day";
import { AppError } from "@/lib/errors";
import { toEngineRule } from "@/lib/rules/from-record";
import { replay, withDraft, type ReplayEvent, type ReplaySummary } from "@/lib/rules/replay";
import type { ExemptionClass, PlStatus } from "@/lib/vocabulary";
import { loadActiveRules } from "./rules";
import { today } from "@/lib/clock";

// A representative age for each band: the engine's only age rule is "under 12".
const BAND_AGE: Record<string, number> = { "0-11": 9, "12-17": 15, "18-59": 35, "60+": 66 };

type EventRow = {
  occurredAt: Date;
  service: string;
  kind: "GOVERNMENT" | "PRIVATE";
  kecamatan: string;
  band: string;
  status: PlStatus;
  doses: number;
  exemption: ExemptionClass | null;
};

/**
 * Visit events of the `days` days up to the last day of data (lib/stats/coverage.ts: a stray
 * check today does not move the window) that carry the visitor's proof.
 */
async function loadReplayEvents(
  days: number,
): Promise<{ events: ReplayEvent[]; skipped: number; from: Date | null; to: Date | null }> {
  const db = await readDb();
  const [{ latest: anyEvent }] = await db.$queryRaw<
    { latest: Date | null }[]
  >`SELECT max("occurredAt") AS latest FROM "VisitEvent"`;
  if (!anyEvent) return { events: [], skipped: 0, from: null, to: null };
  const end = wibDayStart(addDays(today(), 1));
  const [{ latest: lastInWindow }] = await db.$queryRaw<
    { latest: Date | null }[]
  >`SELECT max("occurredAt") AS latest FROM "VisitEvent" WHERE "occurredAt" < ${end}`;
  const latest = lastInWindow ?? end;
  const from = new Date(end.getTime() - days * DAY_MS);
  const rows = await db.$queryRaw<EventRow[]>`
    SELECT e."occurredAt", e."serviceCode" AS service, a.kind::text AS kind, k.name AS kecamatan, e."ageBand"::text AS band,
           e."plStatus"::text AS status, e.doses, e.exemption::text AS exemption
    FROM "VisitEvent" e
    JOIN "Office" o ON o.id = e."officeId"
    JOIN "Agency" a ON a.id = o."agencyId"
    JOIN "Kelurahan" l ON l.code = o."kelurahanCode"
    JOIN "Kecamatan" k ON k.code = l."kecamatanCode"
    WHERE e."occurredAt" > ${from} AND e."occurredAt" < ${end} AND e."plStatus" IS NOT NULL AND e.doses IS NOT NULL`;
  const [{ skipped }] = await db.$queryRaw<{ skipped: bigint }[]>`
    SELECT count(*) AS skipped FROM "VisitEvent"
    WHERE "occurredAt" > ${from} AND "occurredAt" < ${end} AND ("plStatus" IS NULL OR doses IS NULL)`;
  const events = rows.map((r) => ({
    service: r.service,
    agencyKind: r.kind,
    at: r.occurredAt,
    kecamatan: r.kecamatan,
    // An exemption recorded at the desk was valid when it was shown.
    visitor: {
      status: r.status,
      doses: r.doses,
      age: BAND_AGE[r.band] ?? 35,
      exemptions: r.exemption ? [{ class: r.exemption, since: r.occurredAt }] : [],
    },
  }));
  return { events, skipped: Number(skipped), from, to: latest };
}

/**
 * What the replayed events span, in one pass (a loop, not Math.min(...): a month of a city's
 * desk checks is more arguments than a call takes): the whole days from the earliest to the
 * latest recorded event, and the WIB days the replayed events fall on.
 */
function replayedSpan(
  events: readonly ReplayEvent[],
  to: Date | null,
): { coveredDays: number; replayed: { from: Day; to: Day } | null } {
  if (events.length === 0) return { coveredDays: 0, replayed: null };
  let earliest = Infinity;
  let last = -Infinity;
  for (const e of events) {
    earliest = Math.min(earliest, e.at.getTime());
    last = Math.max(last, e.at.getTime());
  }
  return {
    coveredDays: to ? Math.ceil((to.getTime() - earliest) / DAY_MS) : 0,
    replayed: { from: wibDay(new Date(earliest)), to: wibDay(new Date(last)) },
  };
}

export type ReplayReport = ReplaySummary & {
  /** The days asked for. */
  days: number;
  /** The days the replayed events cover: fewer than asked when visit events with the visitor's
   * proof go back less far (older days are kept as daily totals, which cannot be replayed). */
  coveredDays: number;
  skipped: number;
  from: string | null;
  to: string | null;
  /** The WIB days of the visits replayed: which days, not only how many. */
  replayed: { from: Day; to: Day } | null;
  elapsedMs: number;
};

/** Runs the last `days` days of recorded visits through a draft version instead of its rule's current versions. */
export async function replayDraft(versionId: string, days: number): Promise<ReplayReport> {
  const started = performance.now();
  const draft = await prisma.ruleVersion.findUnique({
    where: { id: versionId },
    include: { rule: { select: { code: true } } },
  });
  if (!draft) throw new AppError("NOT_FOUND", "Versi aturan tidak ditemukan.");
  const [current, loaded] = await Promise.all([loadActiveRules(), loadReplayEvents(days)]);
  const summary = replay(loaded.events, current, withDraft(current, toEngineRule(draft)));
  return {
    ...summary,
    days,
    ...replayedSpan(loaded.events, loaded.to),
    skipped: loaded.skipped,
    from: loaded.from?.toISOString() ?? null,
    to: loaded.to?.toISOString() ?? null,
    elapsedMs: Math.round(performance.now() - started),
  };
}
