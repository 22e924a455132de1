import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { embeddedUrl } from "./embedded-state";

export type EmbeddedServer = {
  url: string;
  port: number;
  stop: () => Promise<void>;
};

/** Connections the embedded server multiplexes; every pool against it must stay below. */
export const EMBEDDED_MAX_CONNECTIONS = 10;

/**
 * Starts PGlite (in-process Postgres) behind a Postgres wire-protocol socket on
 * 127.0.0.1. `dataDir` undefined means in memory (tests).
 */
export async function startEmbeddedServer(options: { dataDir?: string; port?: number }): Promise<EmbeddedServer> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ?? "memory://");
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: EMBEDDED_MAX_CONNECTIONS,
  });
  await server.start();
  // getServerConn() is "host:port", with the port the OS picked when 0 was asked.
  const port = Number(server.getServerConn().split(":").pop());
  let stopped = false;
  return {
    port,
    url: embeddedUrl(port),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
