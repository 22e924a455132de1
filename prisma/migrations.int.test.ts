import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { runPrismaCli } from "@/scripts/lib/prisma-cli";

// `prisma migrate dev` cannot detect drift here (shared/notes/prisma-offline.md), so this
// test does: the committed migrations and schema.prisma must build the same database.
const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

async function describeSchema(db: PGlite): Promise<string[]> {
  // The partitions of a partitioned table are the migrations' business (schema.prisma cannot
  // say "partitioned"): the parent table is compared, its partitions are checked below.
  const notPartition = (column: string) =>
    `NOT EXISTS (SELECT 1 FROM pg_class p WHERE p.relname = ${column} AND p.relispartition)`;
  const queries = [
    `SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name || ' null=' || is_nullable || ' default=' || coalesce(column_default, '') AS d
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' AND ${notPartition("table_name")}`,
    `SELECT 'index ' || replace(indexdef, ' ON ONLY ', ' ON ') AS d FROM pg_indexes
       WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND ${notPartition("tablename")}`,
    `SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS d
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace
         AND NOT (SELECT relispartition FROM pg_class WHERE oid = conrelid)
         -- Constraint triggers (the data version's, migration 20261207015435) are the migrations' business too.
         AND contype <> 't'`,
    `SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS d
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
  ];
  const lines: string[] = [];
  // PostgreSQL 18 (PGlite) names NOT NULL constraints; a table made while an older one held the
  // name gets "…_not_null1". The name is PostgreSQL's choice, not the schema's.
  for (const sql of queries)
    lines.push(
      ...(await db.query<{ d: string }>(sql)).rows.map((r) => r.d.replace(/(_not_null)\d+ NOT NULL/, "$1 NOT NULL")),
    );
  return lines.sort();
}

async function migratedDatabase(): Promise<PGlite> {
  const db = await PGlite.create();
  for (const dir of readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort())
    await db.exec(readFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8"));
  return db;
}

describe("migrations", () => {
  it("build exactly the database that schema.prisma describes (no drift)", async () => {
    const fromMigrations = await migratedDatabase();

    const fromSchema = await PGlite.create();
    const script = await runPrismaCli(
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      // The file's own database: migrate diff --from-empty only needs a connection string.
      process.env.DATABASE_URL ?? "",
      { quiet: true },
    );
    await fromSchema.exec(script);

    const [migrated, declared] = [await describeSchema(fromMigrations), await describeSchema(fromSchema)];
    expect(migrated.length).toBeGreaterThan(50);
    expect(migrated).toEqual(declared);
    await Promise.all([fromMigrations.close(), fromSchema.close()]);
  });

  it("partition visit events by hash of the office, so the idempotency key stays unique in each", async () => {
    const db = await migratedDatabase();
    const [table] = (
      await db.query<{ strategy: string; key: string }>(
        `SELECT partstrat AS strategy, pg_get_partkeydef(partrelid) AS key FROM pg_partitioned_table WHERE partrelid = '"VisitEvent"'::regclass`,
      )
    ).rows;
    expect(table).toEqual({ strategy: "h", key: 'HASH ("officeId")' });
    const partitions = (
      await db.query<{ bound: string }>(
        `SELECT pg_get_expr(c.relpartbound, c.oid) AS bound FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
         WHERE i.inhparent = '"VisitEvent"'::regclass ORDER BY c.relname`,
      )
    ).rows.map((r) => r.bound);
    expect(partitions).toEqual(Array.from({ length: 16 }, (_, r) => `FOR VALUES WITH (modulus 16, remainder ${r})`));
    // Every partition has the unique idempotency index (ON CONFLICT needs it in each).
    const unique = await db.query(
      `SELECT 1 FROM pg_indexes WHERE tablename LIKE 'VisitEvent_p%' AND indexdef LIKE 'CREATE UNIQUE INDEX%("officeId", "externalId")'`,
    );
    expect(unique.rows).toHaveLength(16);
    await db.close();
  });

  it("keep no column for a resident's personal data", async () => {
    const db = await migratedDatabase();
    const columns = (
      await db.query<{ c: string }>(
        `SELECT table_name || '.' || column_name AS c FROM information_schema.columns WHERE table_name IN ('VisitEvent', 'DailyTraffic', 'ComplianceReport')`,
      )
    ).rows.map((r) => r.c.toLowerCase());
    expect(columns.length).toBeGreaterThan(10);
    for (const forbidden of ["nik", "name", "phone", "birth", "address"]) {
      expect(columns.filter((c) => c.split(".")[1].includes(forbidden))).toEqual([]);
    }
    await db.close();
  });
});
