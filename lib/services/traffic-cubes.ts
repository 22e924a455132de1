import "server-only";
import type { Db } from "@/lib/db";

/**
 * Rebuilds the coarser rollups (DailyServiceTraffic, WeeklyServiceTraffic, MonthlyTraffic,
 * DailyOfficeTraffic) and the replay's DailyVisitorProfile and the month revisions from DailyTraffic, for data written straight
 * into DailyTraffic (the demo seed, the benchmark). Ingestion keeps them current itself, event by event. Every month
 * gets a new revision, so any stored public release is rebuilt on its next read.
 */
export async function rebuildTrafficCubes(db: Db): Promise<void> {
  await db.$transaction([
    db.$executeRaw`DELETE FROM "DailyServiceTraffic"`,
    db.$executeRaw`DELETE FROM "MonthlyTraffic"`,
    db.$executeRaw`DELETE FROM "WeeklyServiceTraffic"`,
    db.$executeRaw`DELETE FROM "DailyOfficeTraffic"`,
    db.$executeRaw`DELETE FROM "DailyVisitorProfile"`,
    db.$executeRaw`
      INSERT INTO "DailyServiceTraffic" ("day", "officeId", "serviceCode", "outcome", "count")
      SELECT "day", "officeId", "serviceCode", "outcome", sum("count") FROM "DailyTraffic" GROUP BY 1, 2, 3, 4`,
    db.$executeRaw`
      INSERT INTO "WeeklyServiceTraffic" ("week", "officeId", "serviceCode", "outcome", "count")
      SELECT date_trunc('week', "day")::date, "officeId", "serviceCode", "outcome", sum("count") FROM "DailyTraffic" GROUP BY 1, 2, 3, 4`,
    // Only events say who sent them and what the visitor showed: days known only as rollups
    // count no scanned or unprofiled visit, and have no visitor profiles.
    db.$executeRaw`
      INSERT INTO "DailyOfficeTraffic" ("day", "officeId", "count", "scanned", "unprofiled")
      SELECT t."day", t."officeId", t.visits, coalesce(e.scanned, 0), coalesce(e.unprofiled, 0)
      FROM (SELECT "day", "officeId", sum("count")::int AS visits FROM "DailyTraffic" GROUP BY 1, 2) t
      LEFT JOIN (
        SELECT ("occurredAt" + interval '7 hours')::date AS day, "officeId", count(*) FILTER (WHERE source = 'API')::int AS scanned,
          count(*) FILTER (WHERE "plStatus" IS NULL OR doses IS NULL)::int AS unprofiled
        FROM "VisitEvent" GROUP BY 1, 2
      ) e ON e.day = t."day" AND e."officeId" = t."officeId"`,
    db.$executeRaw`
      INSERT INTO "DailyVisitorProfile" ("day", "officeId", "serviceCode", "ageBand", "plStatus", "doses", "exemption", "count", "firstAt", "lastAt")
      SELECT ("occurredAt" + interval '7 hours')::date, "officeId", "serviceCode", "ageBand", "plStatus", doses,
             coalesce(exemption::text, ''), count(*), min("occurredAt"), max("occurredAt")
      FROM "VisitEvent" WHERE "plStatus" IS NOT NULL AND doses IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    db.$executeRaw`
      INSERT INTO "MonthlyTraffic" ("month", "officeId", "serviceCode", "outcome", "ageBand", "count")
      SELECT date_trunc('month', "day")::date, "officeId", "serviceCode", "outcome", "ageBand", sum("count")
      FROM "DailyTraffic" GROUP BY 1, 2, 3, 4, 5`,
    db.$executeRaw`
      INSERT INTO "TrafficMonth" ("month", "revision", "lastReceivedAt")
      SELECT to_char(m.month, 'YYYY-MM'), 1, coalesce(e.last, m.month + interval '1 month' - interval '7 hours')
      FROM (SELECT DISTINCT date_trunc('month', "day") AS month FROM "DailyTraffic") m
      LEFT JOIN LATERAL (
        SELECT max("receivedAt") AS last FROM "VisitEvent"
        WHERE "occurredAt" >= m.month - interval '7 hours' AND "occurredAt" < m.month + interval '1 month' - interval '7 hours'
      ) e ON true
      ON CONFLICT ("month") DO UPDATE SET "revision" = "TrafficMonth"."revision" + 1, "lastReceivedAt" = EXCLUDED."lastReceivedAt"`,
  ]);
}
