-- The what-if replay reads visitor profiles per day instead of raw events (lib/data/replay.ts);
-- ingestion keeps them current from now on, and the raw events still kept fill them here.
-- AlterTable
ALTER TABLE "DailyOfficeTraffic" ADD COLUMN     "unprofiled" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "DailyVisitorProfile" (
    "day" DATE NOT NULL,
    "officeId" TEXT NOT NULL,
    "serviceCode" TEXT NOT NULL,
    "ageBand" "AgeBand" NOT NULL,
    "plStatus" "PlStatus" NOT NULL,
    "doses" INTEGER NOT NULL,
    "exemption" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL,
    "firstAt" TIMESTAMP(3) NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DailyVisitorProfile_pkey" PRIMARY KEY ("day","officeId","serviceCode","ageBand","plStatus","doses","exemption")
);

-- AddForeignKey
ALTER TABLE "DailyVisitorProfile" ADD CONSTRAINT "DailyVisitorProfile_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Backfill from the raw events still kept (days are WIB, UTC+7).
INSERT INTO "DailyVisitorProfile" ("day", "officeId", "serviceCode", "ageBand", "plStatus", "doses", "exemption", "count", "firstAt", "lastAt")
SELECT ("occurredAt" + interval '7 hours')::date, "officeId", "serviceCode", "ageBand", "plStatus", doses,
       coalesce(exemption::text, ''), count(*), min("occurredAt"), max("occurredAt")
FROM "VisitEvent" WHERE "plStatus" IS NOT NULL AND doses IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7;

UPDATE "DailyOfficeTraffic" t SET "unprofiled" = e.unprofiled
FROM (
  SELECT ("occurredAt" + interval '7 hours')::date AS day, "officeId", count(*)::int AS unprofiled
  FROM "VisitEvent" WHERE "plStatus" IS NULL OR doses IS NULL GROUP BY 1, 2
) e
WHERE t."day" = e.day AND t."officeId" = e."officeId";
