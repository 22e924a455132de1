import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { embeddedUrl } from "./embedded-state";

export type EmbeddedServer = {
  url: string;
  /** The private directory holding the server's Unix socket. */
  socketDir: string;
  /** The whole data directory as a gzipped tar, to start another server from. */
  dump: () => Promise<Blob>;
  stop: () => Promise<void>;
};

/** Connections the embedded server multiplexes; every pool against it must stay below. */
export const EMBEDDED_MAX_CONNECTIONS = 10;

/**
 * Starts PGlite (in-process Postgres) behind a Postgres wire-protocol server. PGlite checks no
 * password and every connection is a superuser, so the server listens on a Unix socket in a
 * directory only this OS user may enter (0700) — not on a TCP port any local user could reach.
 * The data files are made private (0600/0700) too: PGlite creates them world-writable.
 * `dataDir` undefined means in memory (tests).
 */
export async function startEmbeddedServer(options: {
  dataDir?: string;
  socketDir?: string;
  /** A data directory dumped by `dump()` to start from (tests: the seeded database, once per file). */
  loadDataDir?: Blob;
}): Promise<EmbeddedServer> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const socketDir = options.socketDir ?? mkdtempSync(path.join(tmpdir(), "sigap-db-"));
  mkdirSync(socketDir, { recursive: true, mode: 0o700 });
  chmodSync(socketDir, 0o700);
  const socket = path.join(socketDir, ".s.PGSQL.5432");
  rmSync(socket, { force: true }); // left by a process that was killed
  const db = await PGlite.create(options.dataDir ?? "memory://", { loadDataDir: options.loadDataDir });
  if (options.dataDir) makePrivate(options.dataDir);
  const server = new PGLiteSocketServer({ db, path: socket, maxConnections: EMBEDDED_MAX_CONNECTIONS });
  await server.start();
  chmodSync(socket, 0o600);
  let stopped = false;
  return {
    socketDir,
    url: embeddedUrl(socketDir),
    dump: () => db.dumpDataDir("gzip"),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (options.dataDir) makePrivate(options.dataDir);
      if (!options.socketDir) rmSync(socketDir, { recursive: true, force: true });
    },
  };
}

/** Directories 0700, files 0600, all the way down. */
export function makePrivate(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) makePrivate(full);
    else if (entry.isFile()) chmodSync(full, 0o600);
  }
}
