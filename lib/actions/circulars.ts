"use server";
import { prisma } from "@/lib/db";
import { activateCircular, createCircular, revokeCircular, updateCircularDraft } from "@/lib/services/circulars";
import { createCircularSchema } from "@/lib/validations/circular";
import { circularFromForm } from "@/lib/validations/circular-form";
import { ARG } from "./arguments";
import { defineAction, defineFormAction } from "./define-action";

/** Drafts a circular from its form, or saves changes to a draft (`circularId`). */
export const saveCircularAction = defineFormAction({
  permission: "circulars.write",
  args: [ARG.optionalId],
  form: createCircularSchema,
  fromForm: circularFromForm,
  run: async (actor, input, circularId) => {
    const circular = circularId
      ? await updateCircularDraft(prisma, actor, circularId, input)
      : await createCircular(prisma, actor, input);
    return { id: circular.id, slug: circular.slug };
  },
  refresh: () => [["/circulars", "layout"]],
});

/** Activates (publishes) or revokes a circular. */
export const setCircularStatusAction = defineAction({
  permission: "rules.publish",
  args: [ARG.id, ARG.circularStatus],
  run: async (actor, circularId, status) => {
    await (status === "ACTIVE"
      ? activateCircular(prisma, actor, circularId)
      : revokeCircular(prisma, actor, circularId));
    return null;
  },
  refresh: () => [["/circulars", "layout"], "/surat-edaran"],
});
