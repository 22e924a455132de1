import "server-only";
import { prisma, type Db } from "@/lib/db";
import { fieldErrorsOf } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { visitEventSchema, type VisitEventInput } from "@/lib/validations/event";
import { ageBandFromDb, ageBandToDb, type AgeBandDb } from "@/lib/vocabulary";
import { wibDay } from "@/lib/wib";

export type IngestResult = { accepted: number; duplicates: number; rejected: { index: number; errors: Record<string, string[]> }[] };
type Office = { id: string; services: string[] };
type Source = "API" | "CSV" | "CHECKPOINT";

/** Clock skew a sender may have before an event counts as "in the future". */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** Checks each event on its own: shape, the office's services, not in the future, not twice in one batch. */
export function checkEvents(
  raw: readonly unknown[],
  office: Office,
  now = new Date(),
): { valid: (VisitEventInput & { index: number })[]; rejected: IngestResult["rejected"]; repeated: number } {
  const valid: (VisitEventInput & { index: number })[] = [];
  const rejected: IngestResult["rejected"] = [];
  const seen = new Set<string>();
  let repeated = 0;
  raw.forEach((item, index) => {
    const parsed = visitEventSchema.safeParse(item);
    if (!parsed.success) return rejected.push({ index, errors: fieldErrorsOf(parsed.error.issues) });
    const event = parsed.data;
    if (!office.services.includes(event.service))
      return rejected.push({ index, errors: { service: [`Kantor ini tidak memberikan layanan ${event.service}`] } });
    if (Date.parse(event.occurredAt) > now.getTime() + FUTURE_TOLERANCE_MS)
      return rejected.push({ index, errors: { occurredAt: ["Waktu kejadian di masa depan"] } });
    if (seen.has(event.id)) return repeated++;
    seen.add(event.id);
    valid.push({ ...event, index });
  });
  return { valid, rejected, repeated };
}

/**
 * Stores an office's valid events and keeps DailyTraffic current, in one transaction:
 * (office, id) is unique, so an event sent again is counted once, and only the events
 * inserted now are added to the rollup. Nothing is half-written if anything fails.
 */
export async function ingestEvents(db: Db, office: Office, raw: readonly unknown[], source: Source, now = new Date()): Promise<IngestResult> {
  const { valid, rejected, repeated } = checkEvents(raw, office, now);
  if (valid.length === 0) return { accepted: 0, duplicates: repeated, rejected };
  const inserted = await db.$transaction(async (tx) => {
    const rows = await tx.visitEvent.createManyAndReturn({
      data: valid.map((e) => ({
        officeId: office.id,
        externalId: e.id,
        occurredAt: new Date(e.occurredAt),
        serviceCode: e.service,
        outcome: e.outcome,
        proof: e.proof,
        ageBand: ageBandToDb(e.ageBand),
        plStatus: e.plStatus,
        doses: e.doses,
        exemption: e.exemption,
        source,
      })),
      skipDuplicates: true,
      select: { occurredAt: true, serviceCode: true, outcome: true, ageBand: true },
    });
    await addToRollup(tx, office.id, rows);
    return rows.length;
  });
  return { accepted: inserted, duplicates: repeated + valid.length - inserted, rejected };
}

type RollupEvent = { occurredAt: Date; serviceCode: string; outcome: string; ageBand: string };

/** Adds newly stored events to DailyTraffic (WIB day × office × service × outcome × age band). */
async function addToRollup(tx: Prisma.TransactionClient, officeId: string, events: readonly RollupEvent[]): Promise<void> {
  const counts = new Map<string, { day: string; service: string; outcome: string; ageBand: string; count: number }>();
  for (const e of events) {
    const day = wibDay(e.occurredAt);
    // The client gives the Prisma enum name (AGE_18_59); the database stores the code ("18-59").
    const ageBand = ageBandFromDb(e.ageBand as AgeBandDb);
    const key = `${day}|${e.serviceCode}|${e.outcome}|${ageBand}`;
    const cell = counts.get(key) ?? { day, service: e.serviceCode, outcome: e.outcome, ageBand, count: 0 };
    cell.count++;
    counts.set(key, cell);
  }
  if (counts.size === 0) return;
  const values = [...counts.values()].map(
    (c) => Prisma.sql`(${c.day}::date, ${officeId}::text, ${c.service}::text, ${c.outcome}::"Outcome", ${c.ageBand}::"AgeBand", ${c.count}::int)`,
  );
  await tx.$executeRaw`
    INSERT INTO "DailyTraffic" ("day", "officeId", "serviceCode", "outcome", "ageBand", "count")
    SELECT v.day, v.office, v.service, v.outcome, v.band, v.n FROM (VALUES ${Prisma.join(values)}) AS v(day, office, service, outcome, band, n)
    ON CONFLICT ("day", "officeId", "serviceCode", "outcome", "ageBand") DO UPDATE SET "count" = "DailyTraffic"."count" + EXCLUDED."count"`;
}

/** A scanner's batch through the API, on the app's database. */
export function ingestApiBatch(office: Office, raw: readonly unknown[]): Promise<IngestResult> {
  return ingestEvents(prisma, office, raw, "API");
}
