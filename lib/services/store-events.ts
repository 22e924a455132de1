import "server-only";
import { pool } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { VisitEventInput } from "@/lib/validations/event";

/** Where a batch came from: a scanner's API key, a CSV upload, a desk's checkpoint. */
export type Source = "API" | "CSV" | "CHECKPOINT";
/** Vaccination post codes → ids, for the posts the batch names. */
export type Posts = ReadonlyMap<string, string>;

/** One array per column for unnest(): a batch of any size is ten parameters, not ten per event. */
function columnsOf(events: readonly VisitEventInput[], posts: Posts) {
  return {
    ids: events.map((e) => e.id),
    at: events.map((e) => e.occurredAt),
    services: events.map((e) => e.service),
    outcomes: events.map((e) => e.outcome),
    proofs: events.map((e) => e.proof),
    bands: events.map((e) => e.ageBand),
    statuses: events.map((e) => e.plStatus ?? null),
    doses: events.map((e) => e.doses ?? null),
    exemptions: events.map((e) => e.exemption ?? null),
    posts: events.map((e) => (e.vaccinationPost === undefined ? null : (posts.get(e.vaccinationPost) ?? null))),
  };
}

/**
 * Inserts checked events of one office and brings every rollup up to date in ONE statement
 * (one transaction, one round trip), sent on the pool directly (see lib/db.ts for why). (office, id) is unique, so only the rows the INSERT
 * returns are new; only those are added to every rollup (DailyTraffic, DailyServiceTraffic,
 * WeeklyServiceTraffic, MonthlyTraffic, DailyOfficeTraffic, DailyVisitorProfile, DailyReferral), and they bump the revision of the months they fall in, which is what
 * marks those months' public releases out of date. Returns how many events were new, and
 * the months (YYYY-MM, WIB) they fell in; `withIds`, also which ids were new.
 */
export async function storeEvents(
  officeId: string,
  source: Source,
  events: readonly VisitEventInput[],
  posts: Posts,
  withIds = false,
): Promise<{ inserted: number; months: string[]; insertedIds: string[] | null }> {
  const c = columnsOf(events, posts);
  // Days are WIB (UTC+7, no daylight saving); occurredAt is stored as UTC without a zone, as Prisma does.
  const statement = Prisma.sql`
    WITH input AS (
      SELECT * FROM unnest(${c.ids}::text[], ${c.at}::timestamptz[], ${c.services}::text[], ${c.outcomes}::"Outcome"[],
        ${c.proofs}::"ProofKind"[], ${c.bands}::"AgeBand"[], ${c.statuses}::"PlStatus"[], ${c.doses}::int[],
        ${c.exemptions}::"ExemptionClass"[], ${c.posts}::text[])
        AS u(external_id, occurred_at, service, outcome, proof, band, status, doses, exemption, post)
    ), stored AS (
      INSERT INTO "VisitEvent" ("officeId", "externalId", "occurredAt", "serviceCode", "outcome", "proof", "ageBand",
        "plStatus", "doses", "exemption", "vaccinationPostId", "source")
      SELECT ${officeId}, external_id, occurred_at AT TIME ZONE 'UTC', service, outcome, proof, band, status, doses, exemption,
        post, ${source}::"EventSource"
      FROM input
      ON CONFLICT ("officeId", "externalId") DO NOTHING
      RETURNING "externalId" AS external_id, "occurredAt" AS at, ("occurredAt" + interval '7 hours')::date AS day, "serviceCode" AS service,
        outcome, "ageBand" AS band, "plStatus" AS status, doses, exemption, "vaccinationPostId" AS post
    ), daily AS (
      INSERT INTO "DailyTraffic" ("day", "officeId", "serviceCode", "outcome", "ageBand", "count")
      SELECT day, ${officeId}, service, outcome, band, count(*) FROM stored GROUP BY day, service, outcome, band
      ON CONFLICT ("day", "officeId", "serviceCode", "outcome", "ageBand")
      DO UPDATE SET "count" = "DailyTraffic"."count" + EXCLUDED."count"
    ), daily_service AS (
      INSERT INTO "DailyServiceTraffic" ("day", "officeId", "serviceCode", "outcome", "count")
      SELECT day, ${officeId}, service, outcome, count(*) FROM stored GROUP BY day, service, outcome
      ON CONFLICT ("day", "officeId", "serviceCode", "outcome")
      DO UPDATE SET "count" = "DailyServiceTraffic"."count" + EXCLUDED."count"
    ), weekly AS (
      INSERT INTO "WeeklyServiceTraffic" ("week", "officeId", "serviceCode", "outcome", "count")
      SELECT date_trunc('week', day)::date, ${officeId}, service, outcome, count(*) FROM stored GROUP BY 1, service, outcome
      ON CONFLICT ("week", "officeId", "serviceCode", "outcome")
      DO UPDATE SET "count" = "WeeklyServiceTraffic"."count" + EXCLUDED."count"
    ), office_days AS (
      INSERT INTO "DailyOfficeTraffic" ("day", "officeId", "count", "scanned", "unprofiled")
      SELECT day, ${officeId}, count(*), ${source === "API" ? Prisma.sql`count(*)` : Prisma.sql`0`},
        count(*) FILTER (WHERE status IS NULL OR doses IS NULL)
      FROM stored GROUP BY day
      ON CONFLICT ("day", "officeId")
      DO UPDATE SET "count" = "DailyOfficeTraffic"."count" + EXCLUDED."count", "scanned" = "DailyOfficeTraffic"."scanned" + EXCLUDED."scanned",
        "unprofiled" = "DailyOfficeTraffic"."unprofiled" + EXCLUDED."unprofiled"
    ), profiles AS (
      INSERT INTO "DailyVisitorProfile" ("day", "officeId", "serviceCode", "ageBand", "plStatus", "doses", "exemption", "count", "firstAt", "lastAt")
      SELECT day, ${officeId}, service, band, status, doses, coalesce(exemption::text, ''), count(*), min(at), max(at)
      FROM stored WHERE status IS NOT NULL AND doses IS NOT NULL GROUP BY day, service, band, status, doses, 7
      ON CONFLICT ("day", "officeId", "serviceCode", "ageBand", "plStatus", "doses", "exemption")
      DO UPDATE SET "count" = "DailyVisitorProfile"."count" + EXCLUDED."count",
        "firstAt" = least("DailyVisitorProfile"."firstAt", EXCLUDED."firstAt"),
        "lastAt" = greatest("DailyVisitorProfile"."lastAt", EXCLUDED."lastAt")
    ), monthly AS (
      INSERT INTO "MonthlyTraffic" ("month", "officeId", "serviceCode", "outcome", "ageBand", "count")
      SELECT date_trunc('month', day)::date, ${officeId}, service, outcome, band, count(*) FROM stored GROUP BY 1, service, outcome, band
      ON CONFLICT ("month", "officeId", "serviceCode", "outcome", "ageBand")
      DO UPDATE SET "count" = "MonthlyTraffic"."count" + EXCLUDED."count"
    ), referrals AS (
      INSERT INTO "DailyReferral" ("day", "officeId", "serviceCode", "vaccinationPostId", "count")
      SELECT day, ${officeId}, service, post, count(*) FROM stored WHERE post IS NOT NULL GROUP BY day, service, post
      ON CONFLICT ("day", "officeId", "serviceCode", "vaccinationPostId")
      DO UPDATE SET "count" = "DailyReferral"."count" + EXCLUDED."count"
    ), months AS (
      INSERT INTO "TrafficMonth" ("month", "revision", "lastReceivedAt")
      SELECT DISTINCT to_char(day, 'YYYY-MM'), 1, now() AT TIME ZONE 'UTC' FROM stored
      ON CONFLICT ("month") DO UPDATE SET "revision" = "TrafficMonth"."revision" + 1, "lastReceivedAt" = EXCLUDED."lastReceivedAt"
    )
    SELECT count(*)::int AS inserted, array_agg(DISTINCT to_char(day, 'YYYY-MM')) AS months,
      ${withIds ? Prisma.sql`array_agg(external_id)` : Prisma.sql`NULL::text[]`} AS ids FROM stored`;
  const { rows } = await pool().query<{ inserted: number; months: string[] | null; ids: string[] | null }>(
    statement.text,
    statement.values,
  );
  return {
    inserted: rows[0].inserted,
    months: rows[0].months ?? [],
    insertedIds: withIds ? (rows[0].ids ?? []) : null,
  };
}
