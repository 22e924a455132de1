// Synthetic traffic for the benchmark: N anonymous visit events spread evenly over six
// months (Sep 2021 – Feb 2022, office hours in WIB) across every office and the services it
// offers, with a realistic mix of outcomes, proofs and age bands. Deterministic: every
// attribute is a multiplicative hash of the event's number, so two runs make the same rows.
// The rollups are then counted from the events exactly as a backfill would.
import type { Db } from "@/lib/db";
import { rebuildTrafficCubes } from "@/lib/services/traffic-cubes";

export const PERIOD = { from: "2021-09-01", to: "2022-02-28" };
const DAYS = 181;

/** A hash in [0, 100) of event number g, one stream per multiplier. */
const pct = (multiplier: number) => `((g * ${multiplier}::bigint) % 1000003) % 100`;

/** Replaces every visit event and rollup of the demo with N synthetic events and their rollups. */
export async function loadSyntheticTraffic(db: Db, events: number, log: (line: string) => void): Promise<void> {
  let started = performance.now();
  await db.$executeRawUnsafe(
    `TRUNCATE "VisitEvent", "DailyTraffic", "DailyServiceTraffic", "MonthlyTraffic", "DailyReferral", "TrafficMonth", "PublicRelease"`,
  );
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS bench_slot`);
  await db.$executeRawUnsafe(`
    CREATE UNLOGGED TABLE bench_slot AS
    SELECT (row_number() OVER (ORDER BY o.code, s."serviceCode") - 1)::int AS idx, o.id AS office, s."serviceCode" AS service
    FROM "Office" o JOIN "OfficeService" s ON s."officeId" = o.id WHERE o."archivedAt" IS NULL`);
  const [{ slots }] = await db.$queryRawUnsafe<{ slots: number }[]>(`SELECT count(*)::int AS slots FROM bench_slot`);
  // Event g falls on day floor(g·DAYS/N), between 08:00 and 16:00 WIB (01:00–09:00 UTC).
  await db.$executeRawUnsafe(`
    INSERT INTO "VisitEvent" ("officeId", "externalId", "occurredAt", "serviceCode", "outcome", "proof", "ageBand", "plStatus", "doses", "source", "receivedAt")
    SELECT s.office, 'bench-' || g, t.at, s.service,
      (CASE WHEN o < 70 THEN 'SERVED_VACCINATED' WHEN o < 77 THEN 'SERVED_EXEMPT' WHEN o < 88 THEN 'SERVED_NO_REQUIREMENT'
            WHEN o < 96 THEN 'REFERRED' ELSE 'DENIED' END)::"Outcome",
      (CASE WHEN o >= 88 THEN 'NONE' WHEN ${pct(40503)} < 70 THEN 'PEDULILINDUNGI_APP' WHEN ${pct(40503)} < 90 THEN 'PEDULILINDUNGI_QR'
            ELSE 'VACCINATION_CARD' END)::"ProofKind",
      (CASE WHEN a < 8 THEN '0-11' WHEN a < 18 THEN '12-17' WHEN a < 86 THEN '18-59' ELSE '60+' END)::"AgeBand",
      (CASE WHEN o < 70 THEN 'HIJAU' WHEN o >= 88 THEN 'MERAH' ELSE 'KUNING' END)::"PlStatus",
      CASE WHEN o < 70 THEN 2 WHEN o >= 88 THEN 0 ELSE 1 END,
      'API', t.at + interval '1 minute'
    FROM generate_series(0, ${events - 1}::bigint) g
    CROSS JOIN LATERAL (SELECT ${pct(2654435761)} AS o, ${pct(97)} AS a) h
    CROSS JOIN LATERAL (SELECT timestamp '${PERIOD.from} 01:00' + (g * ${DAYS} / ${events}) * interval '1 day'
                                 + ((g * 7919) % 28800) * interval '1 second' AS at) t
    JOIN bench_slot s ON s.idx = (g * 1103515245::bigint) % ${slots}`);
  log(
    `${events.toLocaleString("en")} events over ${slots} office services: ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  started = performance.now();
  await db.$executeRawUnsafe(`
    INSERT INTO "DailyTraffic" ("day", "officeId", "serviceCode", "outcome", "ageBand", "count")
    SELECT ("occurredAt" + interval '7 hours')::date, "officeId", "serviceCode", outcome, "ageBand", count(*)
    FROM "VisitEvent" GROUP BY 1, 2, 3, 4, 5`);
  await rebuildTrafficCubes(db);
  await db.$executeRawUnsafe(`DROP TABLE bench_slot`);
  await db.$executeRawUnsafe(`ANALYZE`);
  log(`rollups counted from the events and ANALYZE: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The naive baseline every page is compared with: a GROUP BY over the raw events. */
export async function naiveGroupBy(db: Db): Promise<void> {
  await db.$queryRawUnsafe(`SELECT date_trunc('day', "occurredAt"), outcome, count(*) FROM "VisitEvent" GROUP BY 1, 2`);
}
