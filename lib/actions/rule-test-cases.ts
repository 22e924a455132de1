"use server";
import { prisma } from "@/lib/db";
import { addTestCase, deleteTestCase, updateTestCase } from "@/lib/services/rule-test-cases";
import { saveTestCaseSchema } from "@/lib/validations/rule-version";
import { testCaseFromForm } from "@/lib/validations/rule-version-form";
import { ARG } from "./arguments";
import { defineAction, defineFormAction } from "./define-action";

/** Adds a test case to a draft version, or changes one. */
export const saveTestCaseAction = defineFormAction({
  permission: "circulars.write",
  args: [ARG.caseTarget],
  form: saveTestCaseSchema,
  fromForm: testCaseFromForm,
  run: async (actor, input, target) => {
    await (target.caseId
      ? updateTestCase(prisma, actor, target.caseId, input)
      : addTestCase(prisma, actor, target.versionId, input));
    return null;
  },
  refresh: (_, target) => [[`/rules/${target.ruleCode}`, "layout"]],
});

/** Removes a test case from a draft version. */
export const deleteTestCaseAction = defineAction({
  permission: "circulars.write",
  args: [ARG.code, ARG.id],
  run: async (actor, _ruleCode, caseId) => {
    await deleteTestCase(prisma, actor, caseId);
    return null;
  },
  refresh: (_, ruleCode) => [[`/rules/${ruleCode}`, "layout"]],
});
