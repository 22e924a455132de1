"use server";
import { prisma } from "@/lib/db";
import { recordInspection } from "@/lib/services/inspections";
import { inspectionFormSchema } from "@/lib/validations/inspection";
import { ARG } from "./arguments";
import { defineFormAction } from "./define-action";

/** Records a task-force inspection of an office. */
export const recordInspectionAction = defineFormAction({
  permission: "inspections.write",
  args: [ARG.code],
  form: inspectionFormSchema,
  run: async (actor, input, officeCode) => {
    await recordInspection(prisma, actor, { ...input, officeCode });
    return null;
  },
  refresh: (_, officeCode) => [`/offices/${officeCode}`],
});
