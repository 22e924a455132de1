"use server";
import { prisma } from "@/lib/db";
import { archiveOffice, changeStage, createOffice, updateOffice } from "@/lib/services/offices";
import { importOffices, previewOfficeImport } from "@/lib/services/offices-csv";
import { createOfficeSchema } from "@/lib/validations/office";
import { ARG, boundedCsv, csvText } from "./arguments";
import { defineAction, defineFormAction } from "./define-action";

// Agency admins' writes on their offices; the services scope every office to the actor's agency.

/** Registers one office of the admin's agency. */
export const createOfficeAction = defineFormAction({
  permission: "offices.write",
  args: [],
  form: createOfficeSchema,
  run: async (actor, input) => ({ code: (await createOffice(prisma, actor, input)).code }),
  refresh: () => [["/agencies", "layout"]],
});

/** Saves an office's profile. */
export const updateOfficeAction = defineFormAction({
  permission: "offices.write",
  args: [ARG.code],
  form: createOfficeSchema,
  run: async (actor, input, code) => {
    await updateOffice(prisma, actor, code, input);
    return { code };
  },
  refresh: (_, code) => [`/offices/${code}`],
});

/** Archives an office. */
export const archiveOfficeAction = defineAction({
  permission: "offices.write",
  args: [ARG.code],
  run: async (actor, code) => {
    await archiveOffice(prisma, actor, code);
    return null;
  },
  refresh: () => [["/agencies", "layout"]],
});

/** Moves an office to an onboarding stage (with the reason, for any stage but the next). */
export const changeStageAction = defineAction({
  permission: "offices.write",
  args: [ARG.code, ARG.code, ARG.optionalNote],
  run: async (actor, code, toStage, note) => {
    await changeStage(prisma, actor, code, { toStage, note: note || undefined });
    return null;
  },
  refresh: (_, code) => [`/offices/${code}`],
});

/** Checks an office CSV and lists its rows and errors; saves nothing. */
export const previewOfficeImportAction = defineAction({
  permission: "offices.write",
  args: [boundedCsv],
  run: async (_actor, file) => previewOfficeImport(prisma, await csvText(file)),
});

/** Imports every office of a valid CSV, or none. */
export const importOfficesAction = defineAction({
  permission: "offices.write",
  args: [boundedCsv],
  run: async (actor, file) => importOffices(prisma, actor, await csvText(file)),
  refresh: () => [["/agencies", "layout"]],
});
