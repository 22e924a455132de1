import type { TestProject } from "vitest/node";
import { migrateDeploy } from "@/scripts/lib/prisma-cli";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * Integration tests share one fresh database per run: migrated, then seeded with the
 * demo data they read. Tests that write create their own uniquely named records.
 */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  await migrateDeploy(database.url);
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = "2";
  const { prisma } = await import("@/lib/db");
  const { seedDemo } = await import("@/prisma/seed/index");
  await seedDemo(prisma);
  await prisma.$disconnect();
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.stop();
  };
}
