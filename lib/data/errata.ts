import "server-only";
import { publicDb } from "@/lib/read-db";

/** Published corrections to the public numbers, newest first. */
export async function listErrata() {
  const db = await publicDb();
  return db.erratum.findMany({ orderBy: { publishedAt: "desc" } });
}
