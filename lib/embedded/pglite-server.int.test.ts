import { readdirSync, statSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedServer } from "./pglite-server";

const root = mkdtempSync(path.join(tmpdir(), "sigap-embedded-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? [full, ...walk(full)] : [full];
  });
}

describe("the embedded database", () => {
  it("is reachable only through a socket in a private directory, with private data files", async () => {
    const dataDir = path.join(root, "pgdata");
    const socketDir = path.join(root, "run");
    const server = await startEmbeddedServer({ dataDir, socketDir });
    try {
      expect(new URL(server.url).searchParams.get("host")).toBe(socketDir);
      expect(statSync(socketDir).mode & 0o777).toBe(0o700);
      expect(statSync(path.join(socketDir, ".s.PGSQL.5432")).mode & 0o077).toBe(0);
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      await client.query("CREATE TABLE t AS SELECT generate_series(1, 1000) AS x");
      await client.end();
    } finally {
      await server.stop();
    }
    // Before: 968 of 1 129 files were world-writable. Now nothing is open to group or others.
    const open = [dataDir, ...walk(dataDir)].filter((file) => statSync(file).mode & 0o077);
    expect(open).toEqual([]);
  });
});
