import pg from "pg";
import { startEmbeddedServer } from "@/lib/embedded/pglite-server";

export type TestDatabase = { url: string; stop: () => Promise<void> };

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Tests write and drop databases: they refuse any server that is not on this machine. */
export function assertLocalDatabaseUrl(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) throw new Error(`Refusing to run tests against non-local database host "${host}".`);
}

/**
 * A fresh, empty database for one test run: a new database on the PostgreSQL server of
 * DATABASE_URL (dropped afterwards), or an in-memory embedded PGlite server.
 */
export async function createTestDatabase(serverUrl: string | undefined): Promise<TestDatabase> {
  if (!serverUrl) {
    const server = await startEmbeddedServer({});
    return { url: server.url, stop: server.stop };
  }
  assertLocalDatabaseUrl(serverUrl);
  const name = `sigap_test_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async stop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
