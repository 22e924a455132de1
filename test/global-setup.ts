import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startEmbeddedServer } from "@/lib/embedded/pglite-server";
import { migrateDeploy } from "@/scripts/lib/prisma-cli";
import { createServerDatabase, embeddedSnapshotPath, saveEmbeddedSnapshot } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** The PostgreSQL server the run's databases are made on ("" for the embedded database). */
    databaseServerUrl: string;
    /** The seeded database each test file copies (on the server). */
    templateDatabase: string;
    /** The seeded embedded database each test file loads (without a server). */
    embeddedSnapshot: string;
    databasePoolMax: string;
  }
}

/** Migrates and seeds the demo data into `url` (the database every test file starts from). */
async function seed(url: string): Promise<void> {
  await migrateDeploy(url);
  process.env.DATABASE_URL = url;
  const { prisma } = await import("@/lib/db");
  const { seedDemo } = await import("@/prisma/seed/index");
  await seedDemo(prisma);
  await prisma.$disconnect();
  const { pool } = await import("@/lib/db-pool");
  await pool().end();
}

/**
 * One seeded database per run, made once; each test file then works on its own copy
 * (test/setup-database-env.ts), so files run in parallel and never see each other's writes.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL ?? "";
  project.provide("databaseServerUrl", serverUrl);
  // One connection against embedded PGlite (its socket multiplexer mixes up concurrent
  // queries from different connections), two on a PostgreSQL server.
  project.provide("databasePoolMax", serverUrl ? "2" : "1");
  if (serverUrl) {
    const template = await createServerDatabase(serverUrl);
    await seed(template.url);
    project.provide("templateDatabase", template.name);
    project.provide("embeddedSnapshot", "");
    return template.stop;
  }
  const server = await startEmbeddedServer({});
  await seed(server.url);
  const snapshot = embeddedSnapshotPath(`${Date.now()}-${process.pid}`);
  await saveEmbeddedSnapshot(await server.dump(), snapshot);
  await server.stop();
  project.provide("templateDatabase", "");
  project.provide("embeddedSnapshot", snapshot);
  return () => rmSync(snapshot, { force: true });
}
