import "server-only";
import * as clock from "@/lib/clock";
import { prisma, type Db } from "@/lib/db";
import { fieldErrorsOf } from "@/lib/errors";
import { metrics } from "@/lib/metrics.mjs";
import { forgetMonthStates } from "@/lib/data/public-releases";
import { wibDay } from "@/lib/day";
import { rawEventsKeptFrom } from "@/lib/services/event-retention";
import { storeEvents, type Posts, type Source } from "@/lib/services/store-events";
import { visitEventSchema, type VisitEventInput } from "@/lib/validations/event";
import { groupCommit } from "@/lib/group-commit";

export type IngestResult = {
  accepted: number;
  duplicates: number;
  rejected: { index: number; errors: Record<string, string[]> }[];
};
/**
 * The office a batch is for. `joinedAt` is when it joined SIGAP (Office.createdAt): a visit
 * dated before that day is refused, since no scanner or desk of SIGAP's was there to record
 * it, unless an official imports it as an audited backfill (`backfill`).
 */
export type IngestOffice = { id: string; services: string[]; joinedAt: Date };

/** Clock skew a sender may have before an event counts as "in the future". */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** How a batch is checked beyond its events: the clock, the retention horizon, a backfill. */
export type IngestOptions = {
  now?: Date;
  /** The first instant whose raw events are kept (an older month may have been pruned, and its event counted again). */
  keptFrom?: Date | null;
  /** An official's audited import of visits from before the office joined SIGAP. */
  backfill?: boolean;
};

/**
 * Checks each event on its own: shape, the office's services, not in the future, not before
 * the office joined (unless a backfill), not before the raw events kept, not twice in one batch.
 */
export function checkEvents(
  raw: readonly unknown[],
  office: IngestOffice,
  posts: Posts = new Map(),
  { now = clock.now(), keptFrom = rawEventsKeptFrom(undefined, now), backfill = false }: IngestOptions = {},
): { valid: (VisitEventInput & { index: number })[]; rejected: IngestResult["rejected"]; repeated: number } {
  const valid: (VisitEventInput & { index: number })[] = [];
  const rejected: IngestResult["rejected"] = [];
  const seen = new Set<string>();
  const joinedOn = wibDay(office.joinedAt);
  let repeated = 0;
  raw.forEach((item, index) => {
    const parsed = visitEventSchema.safeParse(item);
    if (!parsed.success) return rejected.push({ index, errors: fieldErrorsOf(parsed.error.issues) });
    const event = parsed.data;
    if (!office.services.includes(event.service))
      return rejected.push({ index, errors: { service: [`Kantor ini tidak memberikan layanan ${event.service}`] } });
    if (Date.parse(event.occurredAt) > now.getTime() + FUTURE_TOLERANCE_MS)
      return rejected.push({ index, errors: { occurredAt: ["Waktu kejadian di masa depan"] } });
    if (!backfill && wibDay(new Date(event.occurredAt)) < joinedOn)
      return rejected.push({
        index,
        errors: {
          occurredAt: [
            `Kunjungan sebelum kantor bergabung dengan SIGAP (${joinedOn}): kunjungan lama hanya masuk lewat impor susulan petugas, dengan alasan`,
          ],
        },
      });
    if (keptFrom && Date.parse(event.occurredAt) < keptFrom.getTime())
      return rejected.push({
        index,
        errors: {
          occurredAt: [
            `Waktu kejadian sebelum ${wibDay(keptFrom)}: bulan itu sudah final dan tidak menerima kunjungan lagi`,
          ],
        },
      });
    if (event.vaccinationPost !== undefined && event.outcome !== "REFERRED")
      return rejected.push({ index, errors: { vaccinationPost: ["Pos vaksinasi hanya untuk kunjungan REFERRED"] } });
    if (event.vaccinationPost !== undefined && !posts.has(event.vaccinationPost))
      return rejected.push({
        index,
        errors: { vaccinationPost: [`Pos vaksinasi ${event.vaccinationPost} tidak dikenal`] },
      });
    if (seen.has(event.id)) return repeated++;
    seen.add(event.id);
    valid.push({ ...event, index });
  });
  return { valid, rejected, repeated };
}

/**
 * Stores an office's valid events and keeps every rollup current in one statement
 * (storeEvents): an event sent again is counted once, and nothing is half-written.
 */
export async function ingestEvents(
  db: Db,
  office: IngestOffice,
  raw: readonly unknown[],
  source: Source,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const posts = await namedPosts(db, raw);
  const { valid, rejected, repeated } = checkEvents(raw, office, posts, options);
  if (valid.length === 0) return counted({ accepted: 0, duplicates: repeated, rejected });
  const { inserted, months } = await storeGathered(`${office.id}|${source}`, {
    officeId: office.id,
    source,
    valid,
    posts,
  });
  // This process sees the new revisions (pending late events, a new month) at once; others within a second.
  if (months.length > 0) forgetMonthStates();
  return counted({ accepted: inserted, duplicates: repeated + valid.length - inserted, rejected });
}

type Stored = { inserted: number; months: string[] };
type ToStore = { officeId: string; source: Source; valid: readonly VisitEventInput[]; posts: Posts };

/** Events per statement at most when batches are gathered (a bigger batch goes alone). */
const MAX_GATHERED_EVENTS = 10_000;

/**
 * storeEvents, with the batches of one office and source that arrive while one of its
 * statements runs gathered into the next (group-commit.ts). An id sent by two batches of one
 * statement is stored once, for the first; the second counts it as a duplicate, as it would
 * have a moment later.
 */
const storeGathered = groupCommit<ToStore, Stored>(
  async (_key, batches) => {
    metrics().ingestStatements.inc();
    const [{ officeId, source }] = batches;
    if (batches.length === 1) return [await storeEvents(officeId, source, batches[0].valid, batches[0].posts)];
    const firstSentBy = new Map<string, number>();
    batches.forEach((b, k) => b.valid.forEach((e) => firstSentBy.has(e.id) || firstSentBy.set(e.id, k)));
    const events = batches.flatMap((b, k) => b.valid.filter((e) => firstSentBy.get(e.id) === k));
    const posts = new Map(batches.flatMap((b) => [...b.posts]));
    const { months, insertedIds } = await storeEvents(officeId, source, events, posts, true);
    const newIds = new Set(insertedIds);
    return batches.map((b, k) => ({
      inserted: b.valid.filter((e) => firstSentBy.get(e.id) === k && newIds.has(e.id)).length,
      months,
    }));
  },
  { maxWeight: MAX_GATHERED_EVENTS, weightOf: (b) => b.valid.length },
);

/** `result`, counted in the ingestion metrics (/api/metrics). */
function counted(result: IngestResult): IngestResult {
  const events = metrics().ingestedEvents;
  events.inc({ result: "accepted" }, result.accepted);
  events.inc({ result: "duplicate" }, result.duplicates);
  events.inc({ result: "rejected" }, result.rejected.length);
  return result;
}

/** The vaccination posts a raw batch names (unknown codes are simply absent). */
async function namedPosts(db: Db, raw: readonly unknown[]): Promise<Posts> {
  const codes = new Set<string>();
  for (const item of raw) {
    const code = (item as { vaccinationPost?: unknown } | null)?.vaccinationPost;
    if (typeof code === "string") codes.add(code.trim());
  }
  if (codes.size === 0) return new Map();
  const posts = await db.vaccinationPost.findMany({
    where: { code: { in: [...codes] } },
    select: { id: true, code: true },
  });
  return new Map(posts.map((p) => [p.code, p.id]));
}

/** A scanner's (or checkpoint tablet's) batch through the API, on the app's database. */
export function ingestApiBatch(
  office: IngestOffice,
  raw: readonly unknown[],
  source: "API" | "CHECKPOINT" = "API",
): Promise<IngestResult> {
  return ingestEvents(prisma, office, raw, source);
}
