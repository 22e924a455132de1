import "server-only";
import { cache } from "react";
import { today } from "@/lib/clock";
import { monthsBetween, type Day } from "@/lib/day";
import { KeptPromises } from "@/lib/kept-promises";
import { readDb } from "@/lib/read-db";
import { monthPieces } from "./traffic-source";

// Officials' pages compute some aggregates from many rows on every request: a city's compliance
// scores (every office, its reports, windows and scans), the traffic breakdowns (rollups of
// millions of visits). Between two changes of what they read they come out the same, so this
// process keeps each one, keyed by the version of its data:
//  - "records": one counter the database bumps in every transaction that changes offices,
//    agencies, areas, rollout, reports, inspections, sanctions or rules (a trigger on each table,
//    migration 20261207015435_data_version), however the change is made;
//  - the revision of every month of visits the aggregate spans (TrafficMonth), bumped by
//    ingestion in the statement that stores the visits;
//  - SIGAP's today (reporting windows and "the last 30 days" move with it).
// The version is read first, from the same database the aggregate is then read from (primary or
// replica), so an aggregate is never older than the version it is kept under: a change committed
// after the version was read makes the next request read a newer one and compute afresh. Each
// instance keeps its own aggregates and reads the shared version, so two instances agree.

/** Aggregates kept at most; the least recently used goes first. */
const kept = new KeptPromises(200);

/** The version of the records and the revision of every month of visits; read once per request. */
const dataVersions = cache(async (): Promise<{ records: string; months: Record<string, number> }> => {
  const db = await readDb();
  const [row] = await db.$queryRaw<{ records: string; months: Record<string, number> | null }[]>`
    SELECT coalesce((SELECT "version" FROM "DataVersion" WHERE "scope" = 'records'), 0)::text AS records,
      (SELECT json_object_agg("month", "revision") FROM "TrafficMonth") AS months`;
  return { records: row.records, months: row.months ?? {} };
});

/**
 * `compute()`'s result as kept for `key` (what was asked: the function, the actor's scope, the
 * filters) at the current version of the records and of the visits from `span.from` to
 * `span.to`, computed only when none is. Concurrent requests for the same entry share one
 * computation; a failed one is not kept. The result is shared: callers must not change it.
 */
export async function versioned<T>(key: string, span: { from: Day; to: Day }, compute: () => Promise<T>): Promise<T> {
  const { records, months } = await dataVersions();
  const visits = monthsBetween(span.from.slice(0, 7), span.to.slice(0, 7)).map((m) => `${m}:${months[m] ?? 0}`);
  return kept.get(`${key}|${today()}|${records}|${visits.join(",")}`, compute);
}

/**
 * `compute` over each month's part of a period, each part kept under its own month's version
 * (`key` names what is asked but the period): while visits arrive only the current month is
 * computed again, and a month is computed once for every period that holds it. The parts are
 * the caller's to add up.
 */
export function versionedByMonth<T>(
  key: string,
  period: { from: Day; to: Day },
  compute: (part: { from: Day; to: Day }) => Promise<T>,
): Promise<T[]> {
  return Promise.all(
    monthPieces(period).map(({ from, to }) =>
      versioned(`${key}|${from}|${to}`, { from, to }, () => compute({ from, to })),
    ),
  );
}

/** What is asked besides the period, as a key for versionedByMonth. */
export function keyBesidesPeriod({ from: _from, to: _to, ...rest }: { from: Day; to: Day }): string {
  return JSON.stringify(rest);
}
