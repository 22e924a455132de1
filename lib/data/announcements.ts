import "server-only";
import { publicDb, readDb } from "@/lib/read-db";

/** Every announcement, drafts first, then the newest published (for the editors' page). */
export async function listAnnouncements() {
  const all = await (await readDb()).announcement.findMany({ orderBy: { createdAt: "desc" } });
  return [...all.filter((a) => !a.publishedAt), ...all.filter((a) => a.publishedAt)];
}

/** The published announcements, newest first (home page, transparency page, meta.json). */
export async function listPublishedAnnouncements(take = 5) {
  const db = await publicDb();
  return db.announcement.findMany({
    where: { publishedAt: { not: null } },
    orderBy: { publishedAt: "desc" },
    take,
  });
}
