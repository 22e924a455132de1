import { realNowMs } from "@/lib/clock";
import pg from "pg";
import { databaseUrl, env } from "@/lib/env";
import { log } from "@/lib/log.mjs";

// The process's one connection pool, on globalThis so that every bundle of the app (pages,
// route handlers, the proxy) shares it. No "server-only" here: proxy.ts imports it.
const globalForPool = globalThis as unknown as {
  sigapPool?: pg.Pool;
  sigapReplicaPool?: pg.Pool | null;
  sigapDatabaseCheck?: { at: number; answer: Promise<boolean> };
};

/**
 * The process's one connection pool. Prisma runs on it; so does the one bulk path that
 * bypasses Prisma (storing event batches: Prisma's parameter handling of ten 5 000-element
 * arrays costs about as much as the INSERT itself).
 */
export function pool(): pg.Pool {
  globalForPool.sigapPool ??= createPool(databaseUrl());
  return globalForPool.sigapPool;
}

/** The pool of the read replica (DATABASE_REPLICA_URL), or null when there is none. */
export function replicaPool(): pg.Pool | null {
  if (globalForPool.sigapReplicaPool === undefined) {
    const url = env().DATABASE_REPLICA_URL;
    globalForPool.sigapReplicaPool = url ? createPool(url) : null;
  }
  return globalForPool.sigapReplicaPool;
}

function createPool(connectionString: string): pg.Pool {
  // No connection within 15 s (connecting, or waiting for a busy pool) counts as down: a 503
  // instead of a request held open. Generous, because the embedded database has one connection.
  const created = new pg.Pool({ connectionString, max: env().DATABASE_POOL_MAX, connectionTimeoutMillis: 15_000 });
  // An idle connection the server drops (a restart, a failover) emits "error" on the pool:
  // unheard, it would end the whole process. The pool replaces the connection on next use.
  created.on("error", (error) => log().warn({ err: error }, "database connection lost"));
  return created;
}

const CHECK_EVERY_MS = 2_000;

/** Whether the database answered `SELECT 1` within the last 2 s (one check at a time, shared). */
export function databaseAnswering(now = realNowMs()): Promise<boolean> {
  const last = globalForPool.sigapDatabaseCheck;
  if (last && now - last.at < CHECK_EVERY_MS) return last.answer;
  const answer = pool()
    .query("SELECT 1")
    .then(
      () => true,
      () => false,
    );
  globalForPool.sigapDatabaseCheck = { at: now, answer };
  return answer;
}
