import "server-only";
import { realNowMs } from "@/lib/clock";
import { cookies } from "next/headers";
import { cache } from "react";
import { prisma, replicaPrisma, type Db } from "@/lib/db";
import { pool, replicaPool } from "@/lib/db-pool";
import { env } from "@/lib/env";
import { walNumber, WAL_POSITION } from "@/lib/wal-position";

// Which database a read goes to when SIGAP has a streaming replica (DATABASE_REPLICA_URL).
// Dashboards, public pages and open data read from the replica, so the primary keeps its
// time for writes. A replica is behind by its replay lag: an official who has just saved must
// still see what they saved, so every action leaves the primary's WAL position in a cookie,
// and that browser's reads go to the primary until the replica has replayed that far
// (read-your-writes). A replica that does not answer is not used at all.
//
// Which reads go where (test/architecture.test.ts holds every lib/data module to it):
//  1. What anyone may see — public pages, open data — reads `publicDb()`.
//  2. An official's reads of visits and their rollups (traffic, rollout, compliance,
//     reporting, referrals, reminders, the what-if replay) read `readDb()`: they are the heavy
//     reads the replica is for.
//  3. Everything else reads the primary (`prisma`): rows an official is about to change
//     (users, agencies, offices, rules, keys), what guards access, what decides a write (the
//     month-close's cubes and due months, the latest release a revision builds on), the audit
//     log (it must show the change just made), and small lookups where a replica saves nothing.

/** The cookie holding the primary's WAL position after the browser's last write. */
export const WRITTEN_COOKIE = "sigap-written";
/** How long a process trusts the replica position it read. */
const POSITION_FRESH_MS = 100;

const globalForReplay = globalThis as unknown as { sigapReplayed?: { at: number; position: Promise<bigint | null> } };

/**
 * How far the replica has replayed the primary's WAL, or null (no replica, or it does not
 * answer). Read at most every 100 ms per process. A "replica" that is not in recovery (a
 * primary named twice) has everything: its own position.
 */
export function replicaReplayed(now = realNowMs()): Promise<bigint | null> {
  const replica = replicaPool();
  if (!replica) return Promise.resolve(null);
  const last = globalForReplay.sigapReplayed;
  if (last && now - last.at < POSITION_FRESH_MS) return last.position;
  const position = replica
    .query<{ position: string | null }>(
      `SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END)::text AS position`,
    )
    .then(
      ({ rows }) => (rows[0]?.position ? walNumber(rows[0].position) : null),
      () => null,
    );
  globalForReplay.sigapReplayed = { at: now, position };
  return position;
}

/**
 * The primary's WAL position now (what a replica must replay to show every write so far); null
 * without a replica. The insert position, not the write position (pg_current_wal_lsn): with
 * synchronous_commit off a commit returns before its record is written, and a replica that had
 * replayed up to the write position could still lack it.
 */
export async function primaryPosition(): Promise<string | null> {
  if (!replicaPool()) return null;
  const { rows } = await pool().query<{ position: string }>("SELECT pg_current_wal_insert_lsn()::text AS position");
  return rows[0]!.position;
}

/**
 * Waits until the replica shows everything up to `position` (at most `timeoutMs`); true
 * at once without a replica or a position, or when the replica does not answer (reads then go
 * to the primary). False when it is still behind after the wait.
 */
export async function replicaCaughtUp(position: string | null, timeoutMs = 10_000): Promise<boolean> {
  if (!position) return true;
  const target = walNumber(position);
  const until = realNowMs() + timeoutMs;
  for (;;) {
    const replayed = await replicaReplayed();
    if (replayed === null || replayed >= target) return true;
    if (realNowMs() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** "up", "down" (reads then go to the primary), or null without a replica: for /api/health. */
export async function replicaHealth(): Promise<"up" | "down" | null> {
  if (!replicaPool()) return null;
  return (await replicaReplayed()) === null ? "down" : "up";
}

/** The client for what anyone may see (cached public pages, open data): the replica when it answers. */
export async function publicDb(): Promise<Db> {
  const replica = replicaPrisma();
  if (!replica) return prisma;
  return (await replicaReplayed()) === null ? prisma : replica;
}

/**
 * The client for an official's dashboard reads in this request: the replica, unless this
 * browser wrote something the replica has not replayed yet. Reads the request's cookies, so
 * never in a cached page (publicDb there).
 */
export const readDb = cache(async (): Promise<Db> => {
  const replica = replicaPrisma();
  if (!replica) return prisma;
  const replayed = await replicaReplayed();
  if (replayed === null) return prisma;
  const written = await writtenPosition();
  return written && WAL_POSITION.test(written) && walNumber(written) > replayed ? prisma : replica;
});

/** This browser's last write position; none outside a request (a scheduled job reads what the replica has). */
async function writtenPosition(): Promise<string | undefined> {
  try {
    return (await cookies()).get(WRITTEN_COOKIE)?.value;
  } catch {
    return undefined;
  }
}

/** After an official's write: this browser reads from the primary until the replica has replayed it. */
export async function rememberWrite(): Promise<void> {
  const position = await primaryPosition();
  if (!position) return;
  (await cookies()).set(WRITTEN_COOKIE, position, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 600,
    secure: env().NEXTAUTH_URL?.startsWith("https://") ?? false,
  });
}
