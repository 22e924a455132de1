"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guard";
import { replayDraft, type ReplayReport } from "@/lib/data/replay";
import { prisma } from "@/lib/db";
import type { ActionResult } from "@/lib/errors";
import type { CaseResult } from "@/lib/rules/run-cases";
import {
  activateCircular,
  createCircular,
  createRule,
  revokeCircular,
  updateCircularDraft,
} from "@/lib/services/circulars";
import {
  activateVersion,
  addTestCase,
  createDraftVersion,
  deleteTestCase,
  runVersionTests,
  updateDraftVersion,
  updateTestCase,
} from "@/lib/services/rule-versions";
import { ruleVersionFromForm, testCaseFromForm } from "@/lib/validations/rule-form";
import { wibInputToIso } from "@/lib/wib";
import { ARG, checkedArguments } from "./arguments";
import { runAction } from "./run-action";

// Officials' writes on circulars and rules. Every action checks the permission itself:
// a page hiding a button is never the check.

type Form = ActionResult<unknown> | null;

function parseClauses(text: string): { number: string; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, index) => {
      const match = /^(\d+[a-z]?)[.)]\s*(.+)$/.exec(line);
      return match ? { number: match[1], text: match[2] } : { number: String(index + 1), text: line };
    });
}

function circularFromForm(form: FormData) {
  const effectiveFrom = String(form.get("effectiveFrom") ?? "");
  return {
    number: String(form.get("number") ?? ""),
    issuedOn: String(form.get("issuedOn") ?? ""),
    issuer: String(form.get("issuer") ?? ""),
    title: String(form.get("title") ?? ""),
    body: String(form.get("body") ?? ""),
    effectiveFrom: effectiveFrom ? wibInputToIso(effectiveFrom) : "",
    clauses: parseClauses(String(form.get("clauses") ?? "")),
  };
}

/** Drafts a circular from its form, or saves changes to a draft (`circularId`). */
export async function saveCircularAction(
  circularId: string | null,
  _state: Form,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requirePermission("circulars.write");
    const [id, checkedForm] = checkedArguments([ARG.optionalId, ARG.form], [circularId, form]);
    const input = circularFromForm(checkedForm);
    const circular = id
      ? await updateCircularDraft(prisma, actor, id, input)
      : await createCircular(prisma, actor, input);
    revalidatePath("/circulars", "layout");
    return { id: circular.id };
  });
}

/** Activates (publishes) or revokes a circular. */
export async function setCircularStatusAction(
  circularId: string,
  to: "ACTIVE" | "REVOKED",
): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requirePermission("rules.publish");
    const [id, status] = checkedArguments([ARG.id, ARG.circularStatus], [circularId, to]);
    await (status === "ACTIVE" ? activateCircular(prisma, actor, id) : revokeCircular(prisma, actor, id));
    revalidatePath("/circulars", "layout");
    revalidatePath("/surat-edaran");
    return null;
  });
}

/** Adds a rule to a circular. */
export async function createRuleAction(
  circularId: string,
  _state: Form,
  form: FormData,
): Promise<ActionResult<{ code: string }>> {
  return runAction(async () => {
    const actor = await requirePermission("circulars.write");
    const [id, checkedForm] = checkedArguments([ARG.id, ARG.form], [circularId, form]);
    const rule = await createRule(prisma, actor, {
      circularId: id,
      code: String(checkedForm.get("code") ?? ""),
      title: String(checkedForm.get("title") ?? ""),
    });
    revalidatePath(`/circulars/${id}`);
    return { code: rule.code };
  });
}

/** Saves a rule-version form: a new draft, or changes to an existing draft. */
export async function saveRuleVersionAction(
  target: { ruleCode: string; versionId?: string },
  _state: Form,
  form: FormData,
): Promise<ActionResult<{ version: number }>> {
  return runAction(async () => {
    const actor = await requirePermission("circulars.write");
    const [checkedTarget, checkedForm] = checkedArguments([ARG.versionTarget, ARG.form], [target, form]);
    const input = ruleVersionFromForm(checkedForm);
    const saved = checkedTarget.versionId
      ? await updateDraftVersion(prisma, actor, checkedTarget.versionId, input)
      : await createDraftVersion(prisma, actor, checkedTarget.ruleCode, input);
    revalidatePath(`/rules/${checkedTarget.ruleCode}`, "layout");
    return { version: saved.version };
  });
}

/** Adds a test case to a draft version, or changes one. */
export async function saveTestCaseAction(
  target: { ruleCode: string; versionId: string; caseId?: string },
  _state: Form,
  form: FormData,
): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requirePermission("circulars.write");
    const [checkedTarget, checkedForm] = checkedArguments([ARG.caseTarget, ARG.form], [target, form]);
    const input = testCaseFromForm(checkedForm);
    await (checkedTarget.caseId
      ? updateTestCase(prisma, actor, checkedTarget.caseId, input)
      : addTestCase(prisma, actor, checkedTarget.versionId, input));
    revalidatePath(`/rules/${checkedTarget.ruleCode}`, "layout");
    return null;
  });
}

/** Removes a test case from a draft version. */
export async function deleteTestCaseAction(ruleCode: string, caseId: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requirePermission("circulars.write");
    const [code, id] = checkedArguments([ARG.code, ARG.id], [ruleCode, caseId]);
    await deleteTestCase(prisma, actor, id);
    revalidatePath(`/rules/${code}`, "layout");
    return null;
  });
}

/** Runs a version's test cases ("Jalankan uji"). */
export async function runTestsAction(versionId: string): Promise<ActionResult<CaseResult[]>> {
  return runAction(async () => {
    await requirePermission("circulars.read");
    return runVersionTests(prisma, checkedArguments([ARG.id], [versionId])[0]);
  });
}

/** What-if replay of the last `days` days of visits through a version. */
export async function replayAction(versionId: string, days: number): Promise<ActionResult<ReplayReport>> {
  return runAction(async () => {
    await requirePermission("circulars.read");
    const [id, checkedDays] = checkedArguments([ARG.id, ARG.days], [versionId, days]);
    const bounded = Math.min(Math.max(Math.trunc(checkedDays) || 28, 1), 90);
    return replayDraft(id, bounded);
  });
}

/** Activates a draft version (guardrails in the service). */
export async function activateVersionAction(ruleCode: string, versionId: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requirePermission("rules.publish");
    const [code, id] = checkedArguments([ARG.code, ARG.id], [ruleCode, versionId]);
    await activateVersion(prisma, actor, id);
    revalidatePath(`/rules/${code}`, "layout");
    revalidatePath("/surat-edaran");
    return null;
  });
}
