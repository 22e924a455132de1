import "server-only";
import { writeAudit, type AuditActor } from "@/lib/audit";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validations/parse";
import { saveTestCaseSchema, type TestCaseInput } from "@/lib/validations/rule-version";
import { getDraft } from "./rule-versions";

// The test cases of a draft rule version: they change only while it is a draft, and an
// activated version keeps its cases as evidence.

const parseCase = (input: TestCaseInput) => parseOrThrow(saveTestCaseSchema, input, "Kasus uji tidak valid.");

/** Adds a test case to a draft version. */
export async function addTestCase(db: Db, actor: AuditActor, versionId: string, input: TestCaseInput) {
  const data = parseCase(input);
  return db.$transaction(async (tx) => {
    await getDraft(tx, versionId);
    const created = await tx.ruleTestCase.create({
      data: { ruleVersionId: versionId, name: data.name, expectedOutcome: data.expectedOutcome, input: data.input },
    });
    await writeAudit(tx, actor, {
      action: "ruleTestCase.create",
      entity: "RuleTestCase",
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

/** Changes a test case of a draft version. */
export async function updateTestCase(db: Db, actor: AuditActor, caseId: string, input: TestCaseInput) {
  const data = parseCase(input);
  return db.$transaction(async (tx) => {
    const before = await tx.ruleTestCase.findUnique({ where: { id: caseId } });
    if (!before) throw new AppError("NOT_FOUND", "Kasus uji tidak ditemukan.");
    await getDraft(tx, before.ruleVersionId);
    const after = await tx.ruleTestCase.update({
      where: { id: caseId },
      data: { name: data.name, expectedOutcome: data.expectedOutcome, input: data.input },
    });
    await writeAudit(tx, actor, {
      action: "ruleTestCase.update",
      entity: "RuleTestCase",
      entityId: caseId,
      before,
      after,
    });
    return after;
  });
}

/** Removes a test case from a draft version (cases of activated versions stay as evidence). */
export async function deleteTestCase(db: Db, actor: AuditActor, caseId: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.ruleTestCase.findUnique({ where: { id: caseId } });
    if (!before) throw new AppError("NOT_FOUND", "Kasus uji tidak ditemukan.");
    await getDraft(tx, before.ruleVersionId);
    await tx.ruleTestCase.delete({ where: { id: caseId } });
    await writeAudit(tx, actor, { action: "ruleTestCase.delete", entity: "RuleTestCase", entityId: caseId, before });
  });
}
