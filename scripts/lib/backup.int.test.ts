import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { pool } from "@/lib/db";
import { tableChecksums } from "@/test/table-checksums";
import { createTestDatabase, type TestDatabase } from "@/test/test-database";
import { backupDatabase, restoreDatabase } from "./backup";
import { migrateDeploy } from "./prisma-cli";

const dir = mkdtempSync(path.join(tmpdir(), "sigap-backup-"));
const targets: { db: TestDatabase; pool: pg.Pool }[] = [];
afterAll(async () => {
  for (const t of targets) {
    await t.pool.end();
    await t.db.stop();
  }
  rmSync(dir, { recursive: true, force: true });
});

async function emptyDatabase(): Promise<pg.Pool> {
  // Another database on the same server, or another embedded server (PGlite has one database).
  const db = await createTestDatabase(inject("databaseServerUrl") || undefined);
  await migrateDeploy(db.url);
  const target = new pg.Pool({ connectionString: db.url, max: 1 });
  targets.push({ db, pool: target });
  return target;
}

describe("backup and restore", () => {
  it("round-trips every row of every table exactly, into a private file, and never over existing data", async () => {
    const file = path.join(dir, "sigap.backup.gz");
    const counts = await backupDatabase(pool(), file);
    expect(counts.VisitEvent).toBeGreaterThan(0);
    expect(statSync(file).mode & 0o077).toBe(0);
    const target = await emptyDatabase();
    await restoreDatabase(target, file);
    expect(await tableChecksums(target)).toEqual(await tableChecksums(pool()));
    // Sequences continue after the restored rows: a new audit entry gets a fresh id.
    const { rows } = await target.query(
      `INSERT INTO "AuditLog" ("actorLabel","action","entity","entityId") VALUES ('t','t','t','t') RETURNING id`,
    );
    expect(BigInt(rows[0].id)).toBeGreaterThan(
      BigInt((await pool().query(`SELECT max(id) AS m FROM "AuditLog"`)).rows[0].m),
    );

    // A second restore into the database that now holds data is refused, and changes nothing.
    const before = await tableChecksums(target);
    await expect(restoreDatabase(target, file)).rejects.toThrow(/holds data/);
    expect(await tableChecksums(target)).toEqual(before);
  }, 300_000);
});
