import "server-only";
import { prisma } from "@/lib/db";

/** Published corrections to the public numbers, newest first. */
export async function listErrata() {
  return prisma.erratum.findMany({ orderBy: { publishedAt: "desc" } });
}
