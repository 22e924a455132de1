-- VisitEvent becomes a table partitioned by hash of the office (docs/scaling.md): every
-- partition holds whole offices, so the idempotency key ("officeId", "externalId") stays a
-- unique index (PostgreSQL requires the partition key in every unique constraint), and the
-- office is the distribution column a distributed PostgreSQL (Citus) would use. The primary
-- key becomes ("officeId", "id") for the same reason. 16 partitions: each a sixteenth of the
-- events, vacuumed and indexed on its own.

ALTER TABLE "VisitEvent" RENAME TO "VisitEvent_unpartitioned";
ALTER TABLE "VisitEvent_unpartitioned" RENAME CONSTRAINT "VisitEvent_pkey" TO "VisitEvent_unpartitioned_pkey";
ALTER INDEX "VisitEvent_occurredAt_idx" RENAME TO "VisitEvent_unpartitioned_occurredAt_idx";
ALTER INDEX "VisitEvent_officeId_occurredAt_idx" RENAME TO "VisitEvent_unpartitioned_officeId_occurredAt_idx";
ALTER INDEX "VisitEvent_officeId_externalId_key" RENAME TO "VisitEvent_unpartitioned_officeId_externalId_key";

CREATE TABLE "VisitEvent" (
    "id" BIGINT NOT NULL DEFAULT nextval('"VisitEvent_id_seq"'::regclass),
    "officeId" TEXT NOT NULL,
    "externalId" VARCHAR(64) NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "serviceCode" TEXT NOT NULL,
    "outcome" "Outcome" NOT NULL,
    "proof" "ProofKind" NOT NULL,
    "ageBand" "AgeBand" NOT NULL,
    "source" "EventSource" NOT NULL,
    "vaccinationPostId" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "plStatus" "PlStatus",
    "doses" INTEGER,
    "exemption" "ExemptionClass",

    CONSTRAINT "VisitEvent_pkey" PRIMARY KEY ("officeId", "id")
) PARTITION BY HASH ("officeId");

-- One statement per partition: migrate deploy through the driver adapter cannot run a DO block.
CREATE TABLE "VisitEvent_p00" PARTITION OF "VisitEvent" FOR VALUES WITH (MODULUS 16, REMAINDER 0);
CREATE TABLE "VisitEvent_p01" PARTITION OF "VisitEvent" FOR VALUES WITH (MODULUS 16, REMAINDER 1);
CREATE TABLE "VisitEvent_p02" PARTITION OF "VisitEvent" FOR VALUES WITH (MODULUS 16, REMAINDER 2);
CREATE TABLE "VisitEvent_p03" PARTITION OF "VisitEvent" FOR VALUES WITH (MODULUS 16, REMAINDER 3);
CREATE TABLE "VisitEvent_p04" PARTITION OF "VisitEvent" FOR VALUES WITH (MODULUS 16, REMAINDER 4);
CREATE TABLE "VisitEvent_p05" PARTITION OF "VisitEvent" FOR VALUES WITH (MODULUS 16, REMAINDER 5);
CREATE TABLE "VisitEvent_p06" PARTITION OF "VisitEvent" FOR VALUES WITH (MODULUS 16, REMAINDER 6);
CREATE TABLE "VisitEvent_p07" PARTITION OF "VisitEvent" FOR VALUES WITH (MODULUS 16, REMAINDER 7);
CREATE TABLE "VisitEvent_p08" PARTITION OF "VisitEvent" FOR VALUES WITH (MODULUS 16, REMAINDER 8);
CREATE TABLE "VisitEvent_p09" PARTITION OF "VisitEvent" FOR VALUES WITH (MODULUS 16, REMAINDER 9);
CREATE TABLE "VisitEvent_p10" PARTITION OF "VisitEvent" FOR VALUES WITH (MODULUS 16, REMAINDER 10);
CREATE TABLE "VisitEvent_p11" PARTITION OF "VisitEvent" FOR VALUES WITH (MODULUS 16, REMAINDER 11);
CREATE TABLE "VisitEvent_p12" PARTITION OF "VisitEvent" FOR VALUES WITH (MODULUS 16, REMAINDER 12);
CREATE TABLE "VisitEvent_p13" PARTITION OF "VisitEvent" FOR VALUES WITH (MODULUS 16, REMAINDER 13);
CREATE TABLE "VisitEvent_p14" PARTITION OF "VisitEvent" FOR VALUES WITH (MODULUS 16, REMAINDER 14);
CREATE TABLE "VisitEvent_p15" PARTITION OF "VisitEvent" FOR VALUES WITH (MODULUS 16, REMAINDER 15);

INSERT INTO "VisitEvent" ("id", "officeId", "externalId", "occurredAt", "serviceCode", "outcome", "proof", "ageBand",
                          "source", "vaccinationPostId", "receivedAt", "plStatus", "doses", "exemption")
SELECT "id", "officeId", "externalId", "occurredAt", "serviceCode", "outcome", "proof", "ageBand",
       "source", "vaccinationPostId", "receivedAt", "plStatus", "doses", "exemption"
FROM "VisitEvent_unpartitioned";

-- The sequence goes on with the new table (dropping the old one would drop a sequence it owns).
ALTER SEQUENCE "VisitEvent_id_seq" OWNED BY "VisitEvent"."id";
DROP TABLE "VisitEvent_unpartitioned";

CREATE INDEX "VisitEvent_occurredAt_idx" ON "VisitEvent"("occurredAt");
CREATE INDEX "VisitEvent_officeId_occurredAt_idx" ON "VisitEvent"("officeId", "occurredAt");
CREATE UNIQUE INDEX "VisitEvent_officeId_externalId_key" ON "VisitEvent"("officeId", "externalId");
ALTER TABLE "VisitEvent" ADD CONSTRAINT "VisitEvent_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "VisitEvent" ADD CONSTRAINT "VisitEvent_vaccinationPostId_fkey" FOREIGN KEY ("vaccinationPostId") REFERENCES "VaccinationPost"("id") ON DELETE SET NULL ON UPDATE CASCADE;
