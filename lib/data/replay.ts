import "server-only";
import { prisma } from "@/lib/db";
import { readDb } from "@/lib/read-db";
import { addDays, DAY_MS, wibDay, wibDayStart, type Day } from "@/lib/day";
import { AppError } from "@/lib/errors";
import { toEngineRule } from "@/lib/rules/from-record";
import { replay, withDraft, type ReplayEvent, type ReplaySummary } from "@/lib/rules/replay";
import type { EngineRule } from "@/lib/rules/types";
import type { ExemptionClass, PlStatus } from "@/lib/vocabulary";
import { loadActiveRules } from "./rules";
import { today } from "@/lib/clock";

// A representative age for each band: the engine's only age rule is "under 12".
const BAND_AGE: Record<string, number> = { "0-11": 9, "12-17": 15, "18-59": 35, "60+": 66 };

/** Visits alike in everything the engine reads, within one span of rule versions. */
type ProfileRow = {
  first: Date;
  last: Date;
  service: string;
  kind: "GOVERNMENT" | "PRIVATE";
  kecamatan: string;
  band: string;
  status: PlStatus;
  doses: number;
  exemption: ExemptionClass | null;
  visits: number;
};

/**
 * The instants where some rule version comes into or goes out of force: between two of them
 * the same versions apply, so visits alike in all else are judged alike (a draft replayed is
 * in force throughout: lib/rules/replay.ts withDraft).
 */
function ruleBoundaries(rules: readonly EngineRule[]): Date[] {
  const instants = new Set<number>();
  for (const rule of rules) {
    instants.add(rule.validFrom.getTime());
    if (rule.validTo) instants.add(rule.validTo.getTime());
  }
  return [...instants].sort((a, b) => a - b).map((ms) => new Date(ms));
}

/**
 * The WIB days, between `from` and `end`, on which some rule version comes into or goes out of
 * force at an instant other than midnight: their visits fall on both sides of it, so a day's
 * profile cannot say which versions judged each visit, and those days are read from raw events.
 */
function daysSplitByRules(boundaries: readonly Date[], from: Date, end: Date): Day[] {
  const days = new Set<Day>();
  for (const at of boundaries) {
    const day = wibDay(at);
    if (at > from && at < end && at.getTime() !== wibDayStart(day).getTime()) days.add(day);
  }
  return [...days];
}

/**
 * The visits with the visitor's proof of the `days` whole WIB days up to SIGAP's today, as
 * profiles: the visits alike in service, agency kind, kecamatan, age band, status, doses and
 * exemption, between two rule boundaries, counted once in SQL and judged once. They are read
 * from the daily rollup of visitor profiles that ingestion keeps (a month of a city's checks is
 * millions of visits but some hundred thousand profile rows and a few thousand profiles), and
 * from raw events only on a day a rule version starts or ends within. A profile's time is its
 * first visit's; the engine reads a visit's time only to pick the versions in force, and an
 * exemption's start is its visit's own time.
 */
async function loadReplayEvents(
  days: number,
  rules: readonly EngineRule[],
): Promise<{ events: ReplayEvent[]; skipped: number; from: Date; span: Span | null }> {
  const db = await readDb();
  const lastDay = today();
  const end = wibDayStart(addDays(lastDay, 1));
  const firstDay = addDays(lastDay, 1 - days);
  const from = wibDayStart(firstDay);
  const boundaries = ruleBoundaries(rules);
  const split = daysSplitByRules(boundaries, from, end);
  // Without JIT: the planner prices the raw events' branch at a day of events (even with no day
  // to read) and compiling the query then took 2.5 s of the 2.7 s it ran at 10 M events.
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('jit', 'off', true)`,
    db.$queryRaw<ProfileRow[]>`
    WITH profiles AS (
      SELECT p."firstAt" AS at, p."lastAt" AS last_at, p."officeId", p."serviceCode" AS service, p."ageBand" AS band,
             p."plStatus" AS status, p.doses, nullif(p.exemption, '') AS exemption, p.count
      FROM "DailyVisitorProfile" p
      WHERE p.day >= ${firstDay}::date AND p.day <= ${lastDay}::date
        AND p.day <> ALL(${split}::date[])
      UNION ALL
      SELECT e."occurredAt", e."occurredAt", e."officeId", e."serviceCode", e."ageBand", e."plStatus", e.doses,
             e.exemption::text, 1
      FROM unnest(${split}::date[]) AS d(day)
      -- A WIB day in UTC, as occurredAt is stored: from 17:00 the day before to 17:00.
      JOIN "VisitEvent" e ON e."occurredAt" >= d.day - interval '7 hours' AND e."occurredAt" < d.day + interval '17 hours'
      WHERE e."plStatus" IS NOT NULL AND e.doses IS NOT NULL
    )
    SELECT min(p.at) AS first, max(p.last_at) AS last, p.service, a.kind::text AS kind, k.name AS kecamatan,
           p.band::text AS band, p.status::text AS status, p.doses, p.exemption, sum(p.count)::int AS visits
    FROM profiles p
    JOIN "Office" o ON o.id = p."officeId"
    JOIN "Agency" a ON a.id = o."agencyId"
    JOIN "Kelurahan" l ON l.code = o."kelurahanCode"
    JOIN "Kecamatan" k ON k.code = l."kecamatanCode"
    GROUP BY width_bucket(p.at, ${boundaries}::timestamptz[]), 3, 4, 5, 6, 7, 8, 9`,
  ]);
  const [{ skipped }] = await db.$queryRaw<{ skipped: bigint | null }[]>`
    SELECT sum(unprofiled) AS skipped FROM "DailyOfficeTraffic" WHERE day >= ${firstDay}::date AND day <= ${lastDay}::date`;
  const events = rows.map((r) => ({
    service: r.service,
    agencyKind: r.kind,
    at: r.first,
    kecamatan: r.kecamatan,
    count: r.visits,
    visitor: {
      status: r.status,
      doses: r.doses,
      age: BAND_AGE[r.band] ?? 35,
      exemptions: r.exemption ? [{ class: r.exemption, since: r.first }] : [],
    },
  }));
  return { events, skipped: Number(skipped ?? 0), from, span: spanOf(rows) };
}

type Span = { first: number; last: number };

/** The first and last visit of the profiles, in one pass (a loop: there may be more profiles than a call takes arguments). */
function spanOf(rows: readonly ProfileRow[]): Span | null {
  if (rows.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const r of rows) {
    first = Math.min(first, r.first.getTime());
    last = Math.max(last, r.last.getTime());
  }
  return { first, last };
}

/**
 * What the replayed visits span: the whole days from the first to the last, the WIB days they
 * fall on, and the last visit's instant (the report's `to`).
 */
function replayedSpan(span: Span | null): {
  coveredDays: number;
  replayed: { from: Day; to: Day } | null;
  to: string | null;
} {
  if (!span) return { coveredDays: 0, replayed: null, to: null };
  return {
    coveredDays: Math.ceil((span.last - span.first) / DAY_MS),
    replayed: { from: wibDay(new Date(span.first)), to: wibDay(new Date(span.last)) },
    to: new Date(span.last).toISOString(),
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
  const current = await loadActiveRules();
  const loaded = await loadReplayEvents(days, current);
  const summary = replay(loaded.events, current, withDraft(current, toEngineRule(draft)));
  return {
    ...summary,
    days,
    ...replayedSpan(loaded.span),
    skipped: loaded.skipped,
    from: loaded.from.toISOString(),
    elapsedMs: Math.round(performance.now() - started),
  };
}
