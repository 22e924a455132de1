"use server";
import { prisma } from "@/lib/db";
import { importReports, submitReport } from "@/lib/services/reports";
import { reportFormSchema } from "@/lib/validations/report";
import { ARG, boundedCsv, csvText } from "./arguments";
import { defineAction, defineFormAction } from "./define-action";

/** Files or corrects an office's daily report. */
export const submitReportAction = defineFormAction({
  permission: "reports.write",
  args: [ARG.code],
  form: reportFormSchema,
  run: async (actor, input, officeCode) => {
    await submitReport(prisma, actor, { ...input, officeCode });
    return null;
  },
  refresh: (_, officeCode) => [`/offices/${officeCode}`],
});

/** Checks (commit false) or files (commit true) a CSV of daily reports. */
export const importReportsAction = defineAction({
  permission: "reports.write",
  args: [boundedCsv, ARG.flag],
  run: async (actor, file, commit) => importReports(prisma, actor, await csvText(file), { commit }),
  refresh: (result, _csv, commit) => (commit && result.errors.length === 0 ? [["/offices", "layout"]] : []),
});
