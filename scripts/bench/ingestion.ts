// Ingestion throughput: batches of 5 000 events through POST /api/v1/events (2 clients at
// once, each with its own offices' keys; 1% of events repeat an id already sent and 1% are
// invalid), against a COPY of the same valid rows into a table shaped like VisitEvent.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Db } from "@/lib/db";
import { createApiKey } from "@/lib/services/api-keys";

const BATCH = 5000;
const CLIENTS = 2;
type Sender = { key: string; officeId: string; services: string[] };
type Event = { id: string; occurredAt: string; service: string; outcome: string; proof: string; ageBand: string };

async function senders(db: Db, count: number): Promise<Sender[]> {
  const offices = await db.office.findMany({
    where: { archivedAt: null },
    orderBy: { code: "asc" },
    take: count,
    select: { id: true, code: true, services: { select: { serviceCode: true } } },
  });
  const result: Sender[] = [];
  for (const office of offices) {
    const { key } = await createApiKey(db, { label: "bench" }, { officeCode: office.code, label: "bench" });
    result.push({ key, officeId: office.id, services: office.services.map((s) => s.serviceCode) });
  }
  return result;
}

/** One sender's batches: deterministic events in February 2022, 1% repeats of an earlier id, 1% invalid. */
function batchesOf(sender: Sender, batches: number, tag: string): Event[][] {
  return Array.from({ length: batches }, (_, b) =>
    Array.from({ length: BATCH }, (_, i) => {
      const n = b * BATCH + i;
      const repeat = n % 100 === 50 && n > 100;
      // A repeat resends the id of the event just before it (never itself a repeat).
      const id = `${tag}-${repeat ? n - 1 : n}`;
      return {
        id,
        occurredAt: new Date(Date.UTC(2022, 1, 1 + (n % 27), 1 + (n % 8), n % 60)).toISOString(),
        service: sender.services[n % sender.services.length],
        outcome: ["SERVED_VACCINATED", "SERVED_VACCINATED", "SERVED_EXEMPT", "REFERRED", "DENIED"][n % 5],
        proof: "PEDULILINDUNGI_APP",
        ageBand: n % 100 === 99 ? "99+" : ["18-59", "60+", "12-17"][n % 3],
      };
    }),
  );
}

export type IngestionFigures = {
  events: number;
  eventsPerSecond: number;
  copyRowsPerSecond: number;
  ratio: number;
  accepted: number;
  duplicates: number;
  rejected: number;
};

/** Sends `batches` batches per client, then COPYs the same valid rows; both as rows per second. */
export async function measureIngestion(
  db: Db,
  databaseUrl: string,
  baseUrl: string,
  batchesPerClient: number,
): Promise<IngestionFigures> {
  const keys = await senders(db, CLIENTS);
  const work = keys.map((sender, c) => ({ sender, batches: batchesOf(sender, batchesPerClient, `ing${c}`) }));
  const totals = { accepted: 0, duplicates: 0, rejected: 0 };
  const started = performance.now();
  await Promise.all(
    work.map(async ({ sender, batches }) => {
      for (const events of batches) {
        const response = await fetch(`${baseUrl}/api/v1/events`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${sender.key}` },
          body: JSON.stringify({ events }),
        });
        if (response.status !== 200)
          throw new Error(`POST /api/v1/events answered ${response.status}: ${await response.text()}`);
        const result = (await response.json()) as { accepted: number; duplicates: number; rejected: unknown[] };
        totals.accepted += result.accepted;
        totals.duplicates += result.duplicates;
        totals.rejected += result.rejected.length;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const events = CLIENTS * batchesPerClient * BATCH;

  // The same rows that were stored, by COPY, into a table with VisitEvent's columns and indexes.
  const rows = work.flatMap(({ sender, batches }) => {
    const seen = new Set<string>();
    return batches
      .flat()
      .filter((e) => e.ageBand !== "99+" && !seen.has(e.id) && seen.add(e.id))
      .map((e) => ({ ...e, officeId: sender.officeId }));
  });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`DROP TABLE IF EXISTS bench_copy; CREATE TABLE bench_copy (LIKE "VisitEvent" INCLUDING ALL)`);
  const csv = rows.map(
    (e) => `${e.officeId},copy-${e.id},${e.occurredAt},${e.service},${e.outcome},${e.proof},${e.ageBand},API\n`,
  );
  const copyStarted = performance.now();
  await pipeline(
    Readable.from(csv),
    client.query(
      copyFrom(
        `COPY bench_copy ("officeId", "externalId", "occurredAt", "serviceCode", outcome, proof, "ageBand", source) FROM STDIN (FORMAT csv)`,
      ),
    ),
  );
  const copySeconds = (performance.now() - copyStarted) / 1000;
  await client.query(`DROP TABLE bench_copy`);
  await client.end();

  const eventsPerSecond = events / seconds;
  const copyRowsPerSecond = rows.length / copySeconds;
  return { events, eventsPerSecond, copyRowsPerSecond, ratio: eventsPerSecond / copyRowsPerSecond, ...totals };
}
