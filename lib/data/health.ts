import "server-only";
import { prisma } from "@/lib/db";

/** Whether the database answers a trivial query. */
export async function databaseIsUp(): Promise<boolean> {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
