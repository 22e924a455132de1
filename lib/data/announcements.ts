import "server-only";
import { prisma } from "@/lib/db";

/** Every announcement, drafts first, then the newest published (for the editors' page). */
export async function listAnnouncements() {
  const all = await prisma.announcement.findMany({ orderBy: { createdAt: "desc" } });
  return [...all.filter((a) => !a.publishedAt), ...all.filter((a) => a.publishedAt)];
}

/** The published announcements, newest first (home page, transparency page, meta.json). */
export async function listPublishedAnnouncements(take = 5) {
  return prisma.announcement.findMany({
    where: { publishedAt: { not: null } },
    orderBy: { publishedAt: "desc" },
    take,
  });
}
