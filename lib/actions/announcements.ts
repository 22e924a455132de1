"use server";
import { revalidatePublicPages } from "@/lib/api/revalidate-public";
import { prisma } from "@/lib/db";
import {
  createAnnouncement,
  publishErratum,
  setAnnouncementPublished,
  updateAnnouncement,
} from "@/lib/services/announcements";
import { announcementFormSchema, erratumFormSchema } from "@/lib/validations/announcement";
import { ARG } from "./arguments";
import { defineAction, defineFormAction } from "./define-action";

/** Drafts an announcement (HUMAS, TASKFORCE). */
export const createAnnouncementAction = defineFormAction({
  permission: "announcements.write",
  args: [],
  form: announcementFormSchema,
  run: async (actor, input) => {
    const created = await createAnnouncement(prisma, actor, input);
    return { id: created.id };
  },
  refresh: () => ["/announcements"],
});

/** Edits a draft announcement. */
export const updateAnnouncementAction = defineFormAction({
  permission: "announcements.write",
  args: [ARG.id],
  form: announcementFormSchema,
  run: async (actor, input, id) => {
    await updateAnnouncement(prisma, actor, id, input);
    return null;
  },
  refresh: () => ["/announcements"],
});

/** Publishes or withdraws an announcement; the public pages show the change on their next visit. */
export const setAnnouncementPublishedAction = defineAction({
  permission: "announcements.write",
  args: [ARG.id, ARG.flag],
  run: async (actor, id, published) => {
    await setAnnouncementPublished(prisma, actor, id, published);
    await revalidatePublicPages();
    return null;
  },
  refresh: () => ["/announcements"],
});

/** Publishes an erratum at once. */
export const publishErratumAction = defineFormAction({
  permission: "announcements.write",
  args: [],
  form: erratumFormSchema,
  run: async (actor, input) => {
    const erratum = await publishErratum(prisma, actor, input);
    await revalidatePublicPages();
    return { id: erratum.id };
  },
  refresh: () => ["/announcements"],
});
