-- Officials' pages keep aggregates computed from many rows (compliance scores, traffic
-- breakdowns) in memory, keyed by the version of the data they read (lib/data/versioned-cache.ts).
-- Visits have their per-month revision (TrafficMonth), and every other table those pages read bumps
-- the "records" version here, in the same transaction as the change, however it is made.

-- CreateTable
CREATE TABLE "DataVersion" (
    "scope" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("scope")
);

-- Once per transaction, at its commit: a deferred constraint trigger runs after every other
-- statement of the transaction, so the counter's row is locked only at the very end (a
-- transaction holding it waits for nothing else: no new deadlock), and a setting local to the
-- transaction makes the first changed row's trigger bump it and the others skip.
-- The body is an escape string with \073 for each semicolon: prisma migrate deploy (through
-- @prisma/adapter-pg's executeScript) cuts a migration at every semicolon, even a quoted one.
CREATE FUNCTION sigap_bump_records_version() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF coalesce(current_setting(''sigap.records_bumped'', true), '''') <> ''yes'' THEN
    PERFORM set_config(''sigap.records_bumped'', ''yes'', true)\073
    INSERT INTO "DataVersion" ("scope", "version") VALUES (''records'', 1)
      ON CONFLICT ("scope") DO UPDATE SET "version" = "DataVersion"."version" + 1\073
  END IF\073
  RETURN NULL\073
END';

CREATE CONSTRAINT TRIGGER records_version AFTER INSERT OR UPDATE OR DELETE ON "Kecamatan"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_bump_records_version();
CREATE CONSTRAINT TRIGGER records_version AFTER INSERT OR UPDATE OR DELETE ON "Kelurahan"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_bump_records_version();
CREATE CONSTRAINT TRIGGER records_version AFTER INSERT OR UPDATE OR DELETE ON "ServiceCategory"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_bump_records_version();
CREATE CONSTRAINT TRIGGER records_version AFTER INSERT OR UPDATE OR DELETE ON "Agency"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_bump_records_version();
CREATE CONSTRAINT TRIGGER records_version AFTER INSERT OR UPDATE OR DELETE ON "Office"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_bump_records_version();
CREATE CONSTRAINT TRIGGER records_version AFTER INSERT OR UPDATE OR DELETE ON "OfficeService"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_bump_records_version();
CREATE CONSTRAINT TRIGGER records_version AFTER INSERT OR UPDATE OR DELETE ON "VaccinationPost"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_bump_records_version();
CREATE CONSTRAINT TRIGGER records_version AFTER INSERT OR UPDATE OR DELETE ON "Circular"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_bump_records_version();
CREATE CONSTRAINT TRIGGER records_version AFTER INSERT OR UPDATE OR DELETE ON "CircularClause"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_bump_records_version();
CREATE CONSTRAINT TRIGGER records_version AFTER INSERT OR UPDATE OR DELETE ON "Rule"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_bump_records_version();
CREATE CONSTRAINT TRIGGER records_version AFTER INSERT OR UPDATE OR DELETE ON "RuleVersion"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_bump_records_version();
CREATE CONSTRAINT TRIGGER records_version AFTER INSERT OR UPDATE OR DELETE ON "RolloutEvent"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_bump_records_version();
CREATE CONSTRAINT TRIGGER records_version AFTER INSERT OR UPDATE OR DELETE ON "ComplianceReport"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_bump_records_version();
CREATE CONSTRAINT TRIGGER records_version AFTER INSERT OR UPDATE OR DELETE ON "Inspection"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_bump_records_version();
CREATE CONSTRAINT TRIGGER records_version AFTER INSERT OR UPDATE OR DELETE ON "Sanction"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_bump_records_version();
