import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type pg from "pg";
import { pool, replicaPool } from "@/lib/db-pool";

// One PrismaClient per process in every environment: under `next start` pages and route
// handlers would otherwise hold separate pools and overrun the embedded server's
// connection limit (shared/notes/prisma-offline.md).
const globalForPrisma = globalThis as unknown as { sigapPrisma?: PrismaClient; sigapReplica?: PrismaClient | null };

export { pool };

function createClient(on: pg.Pool): PrismaClient {
  const adapter = new PrismaPg(on);
  // On the embedded database the pool has one connection: a transaction waits for the
  // page's other queries to finish first, which can take longer than Prisma's default 2 s.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000, timeout: 30_000 } });
}

/** The process-wide Prisma client (pg driver adapter). */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  // Created on first use, so importing this module never needs DATABASE_URL (next build).
  get(_target, property) {
    globalForPrisma.sigapPrisma ??= createClient(pool());
    const value = Reflect.get(globalForPrisma.sigapPrisma, property);
    return typeof value === "function" ? value.bind(globalForPrisma.sigapPrisma) : value;
  },
});

export type Db = PrismaClient;

/**
 * The client of the read replica (DATABASE_REPLICA_URL), or null without one. Read through
 * lib/read-db.ts, which knows when the replica may answer; never for a write.
 */
export function replicaPrisma(): PrismaClient | null {
  if (globalForPrisma.sigapReplica === undefined) {
    const replica = replicaPool();
    globalForPrisma.sigapReplica = replica ? createClient(replica) : null;
  }
  return globalForPrisma.sigapReplica;
}
