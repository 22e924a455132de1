import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import type pg from "pg";

// `npm run cli -- backup` / `restore`: one format for the embedded database and PostgreSQL
// (pg_dump cannot read PGlite, which is a newer PostgreSQL than the Debian client). A backup
// is gzipped JSON lines: a header naming the applied migrations, then every row of every
// table as PostgreSQL itself writes it (row_to_json), read through a cursor in batches so a
// large VisitEvent table is streamed, never held in memory. A restore goes into an empty,
// migrated database of the same schema, parents before children, in one transaction: all
// or nothing. Rows go back through json_populate_recordset, so every type round-trips exactly.

const FORMAT = "sigap-backup";
const BATCH = 5_000;

type Header = {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: Record<string, number>;
};

/**
 * The app's tables (not Prisma's bookkeeping), by name. A partitioned table counts once, as
 * itself: its partitions hold its rows, and reading both would write every row twice.
 */
export async function appTables(db: pg.Pool | pg.PoolClient | pg.Client): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> '_prisma_migrations'
       -- A cache key, not data (lib/data/versioned-cache.ts): a restore's own commit sets it anew.
       AND c.relname <> 'DataVersion'
     ORDER BY c.relname`,
  );
  return rows.map((r) => r.name);
}

/** The app's tables, parents before the tables that reference them. */
async function tablesInOrder(db: pg.Pool | pg.PoolClient): Promise<string[]> {
  const tables = await appTables(db);
  const { rows: edges } = await db.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public' AND c.conrelid <> c.confrelid`,
  );
  const unquote = (name: string) => name.replace(/^"|"$/g, "");
  const parents = new Map<string, Set<string>>(tables.map((name) => [name, new Set()]));
  for (const e of edges) parents.get(unquote(e.child))?.add(unquote(e.parent));
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const parent of parents.get(name) ?? []) visit(parent, path);
    ordered.push(name);
  };
  for (const name of tables) visit(name, new Set());
  return ordered;
}

async function appliedMigrations(db: pg.Pool | pg.PoolClient): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.name);
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Writes every row of every table to `file`; returns the row count per table. */
export async function backupDatabase(db: pg.Pool, file: string): Promise<Record<string, number>> {
  const gzip = createGzip();
  const out = gzip.pipe(createWriteStream(file, { mode: 0o600 }));
  const writeLines = async (lines: unknown[]) => {
    if (lines.length > 0 && !gzip.write(lines.map((line) => `${JSON.stringify(line)}\n`).join("")))
      await once(gzip, "drain");
  };
  const tables = await tablesInOrder(db);
  const counts: Record<string, number> = {};
  // One snapshot for the whole backup: rows written meanwhile are either all in or all out.
  const client = await db.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    for (const table of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${ident(table)}`);
      counts[table] = Number(rows[0].n);
    }
    const header: Header = {
      format: FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      migrations: await appliedMigrations(client),
      tables: counts,
    };
    await writeLines([header]);
    for (const table of tables) {
      // A cursor streams the table in batches, in one pass.
      await client.query(
        `DECLARE rows_of_table NO SCROLL CURSOR FOR SELECT row_to_json(t) AS row FROM ${ident(table)} t`,
      );
      for (;;) {
        const { rows } = await client.query<{ row: unknown }>(`FETCH ${BATCH} FROM rows_of_table`);
        await writeLines(rows.map((r) => ({ t: table, r: r.row })));
        if (rows.length < BATCH) break;
      }
      await client.query("CLOSE rows_of_table");
    }
    await client.query("COMMIT");
  } finally {
    client.release();
  }
  gzip.end();
  await once(out, "finish");
  return counts;
}

/**
 * Restores `file` into the (migrated, empty) database; refuses a backup of another schema
 * version or a database that already holds data, changing nothing. Returns rows per table.
 */
export async function restoreDatabase(db: pg.Pool, file: string): Promise<Record<string, number>> {
  const client = await db.connect();
  const restored: Record<string, number> = {};
  try {
    let header: Header | undefined;
    let pending: { table: string; rows: unknown[] } = { table: "", rows: [] };
    const flush = async () => {
      if (pending.rows.length === 0) return;
      await client.query(
        `INSERT INTO ${ident(pending.table)} SELECT * FROM json_populate_recordset(NULL::${ident(pending.table)}, $1::json)`,
        [JSON.stringify(pending.rows)],
      );
      restored[pending.table] = (restored[pending.table] ?? 0) + pending.rows.length;
      pending = { table: pending.table, rows: [] };
    };
    await client.query("BEGIN");
    // Opened only now: readline starts reading at once, and lines read before the loop would be lost.
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line) continue;
      const item = JSON.parse(line) as Header | { t: string; r: unknown };
      if (!header) {
        header = item as Header;
        if (header.format !== FORMAT) throw new Error(`${file} is not a SIGAP backup.`);
        await checkTarget(client, header);
        continue;
      }
      const { t, r } = item as { t: string; r: unknown };
      if (t !== pending.table) {
        await flush();
        pending = { table: t, rows: [] };
      }
      pending.rows.push(r);
      if (pending.rows.length >= BATCH) await flush();
    }
    await flush();
    if (!header) throw new Error(`${file} is empty.`);
    for (const [table, count] of Object.entries(header.tables))
      if ((restored[table] ?? 0) !== count)
        throw new Error(
          `${table}: the backup lists ${count} rows but holds ${restored[table] ?? 0}; nothing restored.`,
        );
    await resetSequences(client);
    await client.query("COMMIT");
    return restored;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function checkTarget(client: pg.PoolClient, header: Header): Promise<void> {
  const here = await appliedMigrations(client);
  if (JSON.stringify(here) !== JSON.stringify(header.migrations))
    throw new Error(
      `The backup was made at migration ${header.migrations.at(-1)}; this database is at ${here.at(-1) ?? "none"}. Restore with the SIGAP version that made it.`,
    );
  for (const table of await tablesInOrder(client)) {
    const { rows } = await client.query(`SELECT 1 FROM ${ident(table)} LIMIT 1`);
    if (rows.length > 0)
      throw new Error(`Refusing to restore into a database that holds data (table ${table} is not empty).`);
  }
}

/** Sets every serial column's sequence past the restored rows. */
async function resetSequences(client: pg.PoolClient): Promise<void> {
  const { rows } = await client.query<{ table: string; column: string }>(
    `SELECT table_name AS table, column_name AS column FROM information_schema.columns
      WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
  );
  for (const { table, column } of rows)
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), GREATEST((SELECT max(${ident(column)}) FROM ${ident(table)}), 0) + 1, false)`,
      [ident(table), column],
    );
}
