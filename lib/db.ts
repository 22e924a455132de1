import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { pool } from "@/lib/db-pool";

// One PrismaClient per process in every environment: under `next start` pages and route
// handlers would otherwise hold separate pools and overrun the embedded server's
// connection limit (shared/notes/prisma-offline.md).
const globalForPrisma = globalThis as unknown as { sigapPrisma?: PrismaClient };

export { pool };

function createClient(): PrismaClient {
  const adapter = new PrismaPg(pool());
  // On the embedded database the pool has one connection: a transaction waits for the
  // page's other queries to finish first, which can take longer than Prisma's default 2 s.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000, timeout: 30_000 } });
}

/** The process-wide Prisma client (pg driver adapter). */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  // Created on first use, so importing this module never needs DATABASE_URL (next build).
  get(_target, property) {
    globalForPrisma.sigapPrisma ??= createClient();
    const value = Reflect.get(globalForPrisma.sigapPrisma, property);
    return typeof value === "function" ? value.bind(globalForPrisma.sigapPrisma) : value;
  },
});

export type Db = PrismaClient;
