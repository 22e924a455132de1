import "server-only";
import * as clock from "@/lib/clock";
import { writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validations/parse";
import {
  announcementFormSchema,
  erratumFormSchema,
  type AnnouncementInput,
  type ErratumInput,
} from "@/lib/validations/announcement";

// What Humas and the task force tell the public: announcements (drafted, then published or
// withdrawn) and errata (a correction to published numbers, public at once and for good).
// Every write is audited; no permission check here — the actions do it.

async function findAnnouncement(db: Db, id: string) {
  const announcement = await db.announcement.findUnique({ where: { id } });
  if (!announcement) throw new AppError("NOT_FOUND", "Pengumuman tidak ditemukan.");
  return announcement;
}

/** A new announcement, as a draft: nothing is public until it is published. */
export async function createAnnouncement(db: Db, actor: Actor, input: AnnouncementInput) {
  const data = parseOrThrow(announcementFormSchema, input, "Pengumuman belum lengkap.");
  return db.$transaction(async (tx) => {
    const created = await tx.announcement.create({ data });
    await writeAudit(tx, actor, {
      action: "announcement.create",
      entity: "Announcement",
      entityId: created.id,
      after: data,
    });
    return created;
  });
}

/** Edits a draft; a published announcement is withdrawn first, so the public never reads a half-edited text. */
export async function updateAnnouncement(db: Db, actor: Actor, id: string, input: AnnouncementInput) {
  const data = parseOrThrow(announcementFormSchema, input, "Pengumuman belum lengkap.");
  const before = await findAnnouncement(db, id);
  if (before.publishedAt)
    throw new AppError("CONFLICT", "Pengumuman ini sudah terbit: tarik dulu sebelum mengubahnya.");
  return db.$transaction(async (tx) => {
    const after = await tx.announcement.update({ where: { id }, data });
    const { titleId, titleEn, bodyId, bodyEn } = before;
    await writeAudit(tx, actor, {
      action: "announcement.update",
      entity: "Announcement",
      entityId: id,
      before: { titleId, titleEn, bodyId, bodyEn },
      after: data,
    });
    return after;
  });
}

/** Publishes a draft, or withdraws a published announcement (it becomes a draft again). */
export async function setAnnouncementPublished(
  db: Db,
  actor: Actor,
  id: string,
  published: boolean,
  now = clock.now(),
) {
  const before = await findAnnouncement(db, id);
  if (Boolean(before.publishedAt) === published)
    throw new AppError("CONFLICT", published ? "Pengumuman ini sudah terbit." : "Pengumuman ini belum terbit.");
  return db.$transaction(async (tx) => {
    const after = await tx.announcement.update({ where: { id }, data: { publishedAt: published ? now : null } });
    await writeAudit(tx, actor, {
      action: published ? "announcement.publish" : "announcement.withdraw",
      entity: "Announcement",
      entityId: id,
      before: { publishedAt: before.publishedAt },
      after: { publishedAt: after.publishedAt },
    });
    return after;
  });
}

/**
 * Publishes an erratum: public at once (transparency page, meta.json) and never deleted, dated
 * on SIGAP's clock like the announcements beside it.
 */
export async function publishErratum(db: Db, actor: Actor, input: ErratumInput, now = clock.now()) {
  const data = parseOrThrow(erratumFormSchema, input, "Ralat belum lengkap.");
  return db.$transaction(async (tx) => {
    const erratum = await tx.erratum.create({ data: { ...data, publishedAt: now } });
    await writeAudit(tx, actor, { action: "erratum.publish", entity: "Erratum", entityId: erratum.id, after: data });
    return erratum;
  });
}
