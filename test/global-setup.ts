import type { TestProject } from "vitest/node";
import { migrateDeploy } from "@/scripts/lib/prisma-cli";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databasePoolMax: string;
    /** The PostgreSQL server the run's database was made on ("" for the embedded database). */
    databaseServerUrl: string;
  }
}

/**
 * Integration tests share one fresh database per run: migrated, then seeded with the
 * demo data they read. Tests that write create their own uniquely named records.
 */
export default async function setup(project: TestProject) {
  // One connection against embedded PGlite (its socket multiplexer mixes up concurrent
  // queries from different connections), two on a PostgreSQL server.
  const poolMax = process.env.DATABASE_URL ? "2" : "1";
  const serverUrl = process.env.DATABASE_URL ?? "";
  const database = await createTestDatabase(serverUrl || undefined);
  await migrateDeploy(database.url);
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = poolMax;
  const { prisma } = await import("@/lib/db");
  const { seedDemo } = await import("@/prisma/seed/index");
  await seedDemo(prisma);
  await prisma.$disconnect();
  project.provide("databaseUrl", database.url);
  project.provide("databasePoolMax", poolMax);
  project.provide("databaseServerUrl", serverUrl);
  return async () => {
    await database.stop();
  };
}
