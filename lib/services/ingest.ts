import "server-only";
import { prisma, type Db } from "@/lib/db";
import { fieldErrorsOf } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { visitEventSchema, type VisitEventInput } from "@/lib/validations/event";
import { ageBandFromDb, ageBandToDb, type AgeBandDb } from "@/lib/vocabulary";
import { wibDay } from "@/lib/wib";

export type IngestResult = { accepted: number; duplicates: number; rejected: { index: number; errors: Record<string, string[]> }[] };
type Office = { id: string; services: string[] };
/** Vaccination post codes → ids, for the posts the batch names. */
type Posts = ReadonlyMap<string, string>;
type Source = "API" | "CSV" | "CHECKPOINT";

/** Clock skew a sender may have before an event counts as "in the future". */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** Checks each event on its own: shape, the office's services, not in the future, not twice in one batch. */
export function checkEvents(
  raw: readonly unknown[],
  office: Office,
  posts: Posts = new Map(),
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
    if (event.vaccinationPost !== undefined && event.outcome !== "REFERRED")
      return rejected.push({ index, errors: { vaccinationPost: ["Pos vaksinasi hanya untuk kunjungan REFERRED"] } });
    if (event.vaccinationPost !== undefined && !posts.has(event.vaccinationPost))
      return rejected.push({ index, errors: { vaccinationPost: [`Pos vaksinasi ${event.vaccinationPost} tidak dikenal`] } });
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
  const posts = await namedPosts(db, raw);
  const { valid, rejected, repeated } = checkEvents(raw, office, posts, now);
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
        vaccinationPostId: e.vaccinationPost === undefined ? undefined : posts.get(e.vaccinationPost),
        source,
      })),
      skipDuplicates: true,
      select: { occurredAt: true, serviceCode: true, outcome: true, ageBand: true, vaccinationPostId: true },
    });
    await addToRollup(tx, office.id, rows);
    await addToReferrals(tx, office.id, rows);
    return rows.length;
  });
  return { accepted: inserted, duplicates: repeated + valid.length - inserted, rejected };
}

/** The vaccination posts a raw batch names (unknown codes are simply absent). */
async function namedPosts(db: Db, raw: readonly unknown[]): Promise<Posts> {
  const codes = new Set<string>();
  for (const item of raw) {
    const code = (item as { vaccinationPost?: unknown } | null)?.vaccinationPost;
    if (typeof code === "string") codes.add(code.trim());
  }
  if (codes.size === 0) return new Map();
  const posts = await db.vaccinationPost.findMany({ where: { code: { in: [...codes] } }, select: { id: true, code: true } });
  return new Map(posts.map((p) => [p.code, p.id]));
}

type RollupEvent = { occurredAt: Date; serviceCode: string; outcome: string; ageBand: string; vaccinationPostId: string | null };

/** Counts events by a key of columns; an event whose key is null is left out. */
function countBy(events: readonly RollupEvent[], keyOf: (e: RollupEvent) => string[] | null): { key: string[]; count: number }[] {
  const counts = new Map<string, { key: string[]; count: number }>();
  for (const e of events) {
    const key = keyOf(e);
    if (!key) continue;
    const cell = counts.get(key.join("|")) ?? { key, count: 0 };
    cell.count++;
    counts.set(key.join("|"), cell);
  }
  return [...counts.values()];
}

/** Adds newly stored events to DailyTraffic (WIB day × office × service × outcome × age band). */
async function addToRollup(tx: Prisma.TransactionClient, officeId: string, events: readonly RollupEvent[]): Promise<void> {
  // The client gives the Prisma enum name (AGE_18_59); the database stores the code ("18-59").
  const cells = countBy(events, (e) => [wibDay(e.occurredAt), e.serviceCode, e.outcome, ageBandFromDb(e.ageBand as AgeBandDb)]);
  if (cells.length === 0) return;
  const values = cells.map(
    ({ key: [day, service, outcome, band], count }) =>
      Prisma.sql`(${day}::date, ${officeId}::text, ${service}::text, ${outcome}::"Outcome", ${band}::"AgeBand", ${count}::int)`,
  );
  await tx.$executeRaw`
    INSERT INTO "DailyTraffic" ("day", "officeId", "serviceCode", "outcome", "ageBand", "count")
    SELECT v.day, v.office, v.service, v.outcome, v.band, v.n FROM (VALUES ${Prisma.join(values)}) AS v(day, office, service, outcome, band, n)
    ON CONFLICT ("day", "officeId", "serviceCode", "outcome", "ageBand") DO UPDATE SET "count" = "DailyTraffic"."count" + EXCLUDED."count"`;
}

/** Adds newly stored referrals that name a post to DailyReferral (WIB day × office × service × post). */
async function addToReferrals(tx: Prisma.TransactionClient, officeId: string, events: readonly RollupEvent[]): Promise<void> {
  const cells = countBy(events, (e) => (e.vaccinationPostId ? [wibDay(e.occurredAt), e.serviceCode, e.vaccinationPostId] : null));
  if (cells.length === 0) return;
  const values = cells.map(
    ({ key: [day, service, post], count }) => Prisma.sql`(${day}::date, ${officeId}::text, ${service}::text, ${post}::text, ${count}::int)`,
  );
  await tx.$executeRaw`
    INSERT INTO "DailyReferral" ("day", "officeId", "serviceCode", "vaccinationPostId", "count")
    SELECT v.day, v.office, v.service, v.post, v.n FROM (VALUES ${Prisma.join(values)}) AS v(day, office, service, post, n)
    ON CONFLICT ("day", "officeId", "serviceCode", "vaccinationPostId") DO UPDATE SET "count" = "DailyReferral"."count" + EXCLUDED."count"`;
}

/** A scanner's (or checkpoint tablet's) batch through the API, on the app's database. */
export function ingestApiBatch(office: Office, raw: readonly unknown[], source: "API" | "CHECKPOINT" = "API"): Promise<IngestResult> {
  return ingestEvents(prisma, office, raw, source);
}
