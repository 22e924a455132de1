import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { runPrismaCli } from "@/scripts/lib/prisma-cli";

// `prisma migrate dev` cannot detect drift here (shared/notes/prisma-offline.md), so this
// test does: the committed migrations and schema.prisma must build the same database.
const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

async function describeSchema(db: PGlite): Promise<string[]> {
  const queries = [
    `SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name || ' null=' || is_nullable || ' default=' || coalesce(column_default, '') AS d
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    `SELECT 'index ' || indexdef AS d FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    `SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS d
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace`,
    `SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS d
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
  ];
  const lines: string[] = [];
  for (const sql of queries) lines.push(...(await db.query<{ d: string }>(sql)).rows.map((r) => r.d));
  return lines.sort();
}

describe("migrations", () => {
  it("build exactly the database that schema.prisma describes (no drift)", async () => {
    const fromMigrations = await PGlite.create();
    const migrationDirs = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(migrationDirs.length).toBeGreaterThan(0);
    for (const dir of migrationDirs)
      await fromMigrations.exec(readFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8"));

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

  it("keep no column for a resident's personal data", async () => {
    const db = await PGlite.create();
    for (const dir of readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()) {
      await db.exec(readFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8"));
    }
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
