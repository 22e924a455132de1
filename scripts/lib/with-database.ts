import path from "node:path";
import { startEmbeddedServer } from "@/lib/embedded/pglite-server";
import { embeddedUrl, runningEmbeddedSocket } from "@/lib/embedded/embedded-state";

/** The embedded database's directory (SIGAP_DATA_DIR, default ./data). */
export function dataDir(): string {
  return path.resolve(process.env.SIGAP_DATA_DIR ?? "./data");
}

/** Where PGlite keeps its files inside the data dir. */
export function pgDataDir(): string {
  return path.join(dataDir(), "pgdata");
}

/** The private directory of the embedded database's Unix socket. */
export function socketDir(): string {
  return path.join(dataDir(), "run");
}

/**
 * Runs `fn` with a database URL: DATABASE_URL when set; else the embedded server that
 * `npm start` is running; else a private embedded server on the data dir, stopped after.
 * Sets process.env.DATABASE_URL so lib/db.ts connects to the same place.
 */
export async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return fn(process.env.DATABASE_URL);
  // One connection against the embedded server (see scripts/start.ts).
  process.env.DATABASE_POOL_MAX ??= "1";
  const running = await runningEmbeddedSocket(dataDir());
  if (running) {
    process.env.DATABASE_URL = embeddedUrl(running);
    return fn(process.env.DATABASE_URL);
  }
  const server = await startEmbeddedServer({ dataDir: pgDataDir(), socketDir: socketDir() });
  process.env.DATABASE_URL = server.url;
  try {
    return await fn(server.url);
  } finally {
    await disconnectPrisma();
    await server.stop();
  }
}

async function disconnectPrisma(): Promise<void> {
  const holder = globalThis as unknown as {
    sigapPrisma?: { $disconnect(): Promise<void> };
    sigapPool?: { end(): Promise<void> };
  };
  await holder.sigapPrisma?.$disconnect();
  await holder.sigapPool?.end();
  holder.sigapPrisma = undefined;
  holder.sigapPool = undefined;
}
