import pg from "pg";
import { databaseUrl, env } from "@/lib/env";

// The process's one connection pool, on globalThis so that every bundle of the app (pages,
// route handlers, the proxy) shares it. No "server-only" here: proxy.ts imports it.
const globalForPool = globalThis as unknown as {
  sigapPool?: pg.Pool;
  sigapDatabaseCheck?: { at: number; answer: Promise<boolean> };
};

/**
 * The process's one connection pool. Prisma runs on it; so does the one bulk path that
 * bypasses Prisma (storing event batches: Prisma's parameter handling of ten 5 000-element
 * arrays costs about as much as the INSERT itself).
 */
export function pool(): pg.Pool {
  if (!globalForPool.sigapPool) {
    // No connection within 15 s (connecting, or waiting for a busy pool) counts as down: a 503
    // instead of a request held open. Generous, because the embedded database has one connection.
    const created = new pg.Pool({
      connectionString: databaseUrl(),
      max: env().DATABASE_POOL_MAX,
      connectionTimeoutMillis: 15_000,
    });
    // An idle connection the server drops (a restart, a failover) emits "error" on the pool:
    // unheard, it would end the whole process. The pool replaces the connection on next use.
    created.on("error", (error) => console.error(`database connection lost: ${error.message}`));
    globalForPool.sigapPool = created;
  }
  return globalForPool.sigapPool;
}

const CHECK_EVERY_MS = 2_000;

/** Whether the database answered `SELECT 1` within the last 2 s (one check at a time, shared). */
export function databaseAnswering(now = Date.now()): Promise<boolean> {
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
