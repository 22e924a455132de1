"use server";
import { replayDraft } from "@/lib/data/replay";
import { prisma } from "@/lib/db";
import { activateVersion, createDraftVersion, runVersionTests, updateDraftVersion } from "@/lib/services/rule-versions";
import { saveRuleVersionSchema } from "@/lib/validations/rule-version";
import { ruleVersionFromForm } from "@/lib/validations/rule-version-form";
import { ARG } from "./arguments";
import { defineAction, defineFormAction } from "./define-action";

// Officials' writes on rule versions. Every action checks the permission itself: a page
// hiding a button is never the check.

/** Saves a rule-version form: a new draft, or changes to an existing draft. */
export const saveRuleVersionAction = defineFormAction({
  permission: "circulars.write",
  args: [ARG.versionTarget],
  form: saveRuleVersionSchema,
  fromForm: ruleVersionFromForm,
  run: async (actor, input, target) => {
    const saved = target.versionId
      ? await updateDraftVersion(prisma, actor, target.versionId, input)
      : await createDraftVersion(prisma, actor, target.ruleCode, input);
    return { version: saved.version };
  },
  refresh: (_, target) => [[`/rules/${target.ruleCode}`, "layout"]],
});

/** Runs a version's test cases ("Jalankan uji"). */
export const runTestsAction = defineAction({
  permission: "circulars.read",
  args: [ARG.id],
  run: (_actor, versionId) => runVersionTests(prisma, versionId),
});

/** What-if replay of the last `days` days (1–90) of visits through a version. */
export const replayAction = defineAction({
  permission: "circulars.read",
  args: [ARG.id, ARG.days],
  run: (_actor, versionId, days) => replayDraft(versionId, days),
});

/** Activates a draft version (guardrails in the service). */
export const activateVersionAction = defineAction({
  permission: "rules.publish",
  args: [ARG.code, ARG.id],
  run: async (actor, _ruleCode, versionId) => {
    await activateVersion(prisma, actor, versionId);
    return null;
  },
  refresh: (_, ruleCode) => [[`/rules/${ruleCode}`, "layout"], "/surat-edaran"],
});
