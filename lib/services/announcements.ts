import "server-only";
import * as clock from "@/lib/clock";
import { writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, msg } from "@/lib/errors";
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

type AnnouncementClient = Pick<Prisma.TransactionClient, "announcement">;

async function findAnnouncement(db: AnnouncementClient, id: string) {
  const announcement = await db.announcement.findUnique({ where: { id } });
  if (!announcement) throw new AppError("NOT_FOUND", "Pengumuman tidak ditemukan.");
  return announcement;
}

/**
 * Changes an announcement only while it is published (or not): the check and the change are
 * one statement inside the caller's transaction, so of two requests at once one changes it and
 * the other gets `conflict` (and its audit row is rolled back with it).
 */
async function changeWhile(
  tx: AnnouncementClient,
  id: string,
  published: boolean,
  data: { publishedAt?: Date | null } & Partial<AnnouncementInput>,
  conflict: string,
) {
  const { count } = await tx.announcement.updateMany({
    where: { id, publishedAt: published ? { not: null } : null },
    data,
  });
  if (count === 0) {
    await findAnnouncement(tx, id);
    throw new AppError("CONFLICT", conflict);
  }
  return findAnnouncement(tx, id);
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
  return db.$transaction(async (tx) => {
    const before = await findAnnouncement(tx, id);
    const after = await changeWhile(
      tx,
      id,
      false,
      data,
      msg("Pengumuman ini sudah terbit: tarik dulu sebelum mengubahnya."),
    );
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
  return db.$transaction(async (tx) => {
    const before = await findAnnouncement(tx, id);
    const after = await changeWhile(
      tx,
      id,
      !published,
      { publishedAt: published ? now : null },
      published ? msg("Pengumuman ini sudah terbit.") : msg("Pengumuman ini belum terbit."),
    );
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
