import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedServer } from "@/lib/embedded/pglite-server";

// Integration tests start from one seeded database per run (the template), and every test
// file works on its own copy of it: files run in parallel and none sees what another
// wrote. On a PostgreSQL server the copy is CREATE DATABASE … TEMPLATE; on the embedded
// database, a new in-memory PGlite loaded from a dump of the seeded one.

export type TestDatabase = { url: string; stop: () => Promise<void> };

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Tests write and drop databases: they refuse any server that is not on this machine. */
export function assertLocalDatabaseUrl(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) throw new Error(`Refusing to run tests against non-local database host "${host}".`);
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh database on the PostgreSQL server of `serverUrl` (a copy of `template` if given), dropped by stop(). */
export async function createServerDatabase(serverUrl: string, options: { template?: string } = {}) {
  assertLocalDatabaseUrl(serverUrl);
  const name = `sigap_test_${Date.now()}_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"${options.template ? ` TEMPLATE "${options.template}"` : ""}`);
  return {
    name,
    url: databaseUrl(serverUrl, name),
    stop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/**
 * A fresh, empty database for one test run: a new database on the PostgreSQL server of
 * `serverUrl` (dropped afterwards), or an in-memory embedded PGlite server.
 */
export async function createTestDatabase(serverUrl: string | undefined): Promise<TestDatabase> {
  if (serverUrl) return createServerDatabase(serverUrl);
  const server = await startEmbeddedServer({});
  return { url: server.url, stop: server.stop };
}

/** Where the run's seeded embedded database is dumped for the test files to load. */
export const embeddedSnapshotPath = (runId: string) => path.join(tmpdir(), `sigap-test-${runId}.tar.gz`);

/** Saves an embedded database's data directory for the test files to start from. */
export async function saveEmbeddedSnapshot(dump: Blob, file: string): Promise<void> {
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
}

/** A test file's own embedded database, loaded from the run's seeded snapshot. */
export async function embeddedCopy(file: string): Promise<TestDatabase> {
  const server = await startEmbeddedServer({ loadDataDir: new Blob([readFileSync(file)]) });
  return { url: server.url, stop: server.stop };
}
