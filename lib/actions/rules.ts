"use server";
import { prisma } from "@/lib/db";
import { createRule } from "@/lib/services/rules";
import { ruleFormSchema } from "@/lib/validations/rule";
import { ARG } from "./arguments";
import { defineFormAction } from "./define-action";

/** Adds a rule to a circular. */
export const createRuleAction = defineFormAction({
  permission: "circulars.write",
  args: [ARG.id],
  form: ruleFormSchema,
  run: async (actor, input, circularId) => ({ code: (await createRule(prisma, actor, { ...input, circularId })).code }),
  refresh: () => [["/circulars", "layout"]],
});
