import "server-only";
import * as clock from "@/lib/clock";
import { writeAudit, type AuditActor } from "@/lib/audit";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findConflict, type VersionWindow } from "@/lib/rules/conflicts";
import { toEngineRule } from "@/lib/rules/from-record";
import { activationRefusal } from "@/lib/rules/activation";
import { runCases, type CaseResult } from "@/lib/rules/run-cases";
import { shiftCaseInput } from "@/lib/rules/shift-case";
import { parseOrThrow } from "@/lib/validations/parse";
import { saveRuleVersionSchema, type RuleVersionInput } from "@/lib/validations/rule-version";

// Writing rule versions (their test cases: rule-test-cases.ts), with the guardrails of PRODUCT.md: a new
// version never overwrites an old one, numbers only go up, no overlap or contradiction,
// no activation in the past or while a test case fails. Every change is audited.

type Tx = Prisma.TransactionClient;

const parseVersion = (input: RuleVersionInput) =>
  parseOrThrow(saveRuleVersionSchema, input, "Versi aturan tidak valid.");

/** Activated versions of active circulars, other than `exceptId`, as conflict windows. */
async function activatedWindows(tx: Tx, exceptId?: string): Promise<VersionWindow[]> {
  const versions = await tx.ruleVersion.findMany({
    where: {
      status: "ACTIVE",
      rule: { circular: { status: "ACTIVE" } },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    include: { rule: { select: { code: true } } },
  });
  return versions.map(toEngineRule);
}

/** The window a version saved from `input` would hold, as conflicts are checked. */
function windowOf(code: string, version: number, input: RuleVersionInput): VersionWindow {
  const { validFrom, validTo } = versionData(input);
  return { code, version, validFrom, validTo, definition: input.definition };
}

async function assertNoConflict(tx: Tx, candidate: VersionWindow, exceptId?: string): Promise<void> {
  const conflict = findConflict(candidate, await activatedWindows(tx, exceptId));
  if (conflict) throw new AppError("INVALID", conflict.id, { validFrom: [conflict.id] });
}

function versionData(input: RuleVersionInput) {
  return {
    validFrom: new Date(input.validFrom),
    validTo: input.validTo ? new Date(input.validTo) : null,
    clauseId: input.clauseId,
    strength: input.strength,
    descriptionId: input.descriptionId,
    descriptionEn: input.descriptionEn,
    changeNote: input.changeNote || null,
    definition: input.definition,
  };
}

async function assertClauseOfCircular(tx: Tx, ruleId: string, clauseId: string): Promise<void> {
  const rule = await tx.rule.findUniqueOrThrow({ where: { id: ruleId } });
  const clause = await tx.circularClause.findFirst({ where: { id: clauseId, circularId: rule.circularId } });
  if (!clause)
    throw new AppError("INVALID", "Pasal tidak ada di surat edaran aturan ini.", {
      clauseId: ["Pilih pasal dari surat edaran aturan ini"],
    });
}

/** Drafts the next version of a rule (number = highest + 1), inheriting the latest version's test cases. */
export async function createDraftVersion(
  db: Db,
  actor: AuditActor & { id: string },
  ruleCode: string,
  input: RuleVersionInput,
) {
  const data = parseVersion(input);
  return db.$transaction(async (tx) => {
    const rule = await tx.rule.findUnique({
      where: { code: ruleCode },
      include: {
        versions: {
          orderBy: { version: "desc" },
          take: 1,
          include: { testCases: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
        },
      },
    });
    if (!rule) throw new AppError("NOT_FOUND", `Aturan ${ruleCode} tidak ditemukan.`);
    await assertClauseOfCircular(tx, rule.id, data.clauseId);
    const latest = rule.versions[0];
    const version = (latest?.version ?? 0) + 1;
    await assertNoConflict(tx, windowOf(rule.code, version, data));
    const created = await tx.ruleVersion.create({
      data: {
        ruleId: rule.id,
        version,
        status: "DRAFT",
        createdById: actor.id,
        ...versionData(data),
        // Inherited cases move with the start date, so they test the new version at the same point of its validity.
        testCases: {
          create: (latest?.testCases ?? []).map((c) => ({
            name: c.name,
            input: shiftCaseInput(
              c.input,
              Date.parse(data.validFrom) - latest!.validFrom.getTime(),
            ) as Prisma.InputJsonValue,
            expectedOutcome: c.expectedOutcome,
          })),
        },
      },
    });
    await writeAudit(tx, actor, {
      action: "ruleVersion.create",
      entity: "RuleVersion",
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

/** A version that is still a draft (NOT_FOUND or CONFLICT otherwise): only drafts change. */
export async function getDraft(tx: Tx, versionId: string) {
  const version = await tx.ruleVersion.findUnique({
    where: { id: versionId },
    include: { rule: true, testCases: true },
  });
  if (!version) throw new AppError("NOT_FOUND", "Versi aturan tidak ditemukan.");
  if (version.status !== "DRAFT")
    throw new AppError("CONFLICT", `Versi ${version.version} sudah diaktifkan: buat versi baru untuk mengubahnya.`);
  return version;
}

/** Edits a draft version; activated versions are never changed. */
export async function updateDraftVersion(db: Db, actor: AuditActor, versionId: string, input: RuleVersionInput) {
  const data = parseVersion(input);
  return db.$transaction(async (tx) => {
    const before = await getDraft(tx, versionId);
    await assertClauseOfCircular(tx, before.ruleId, data.clauseId);
    await assertNoConflict(tx, windowOf(before.rule.code, before.version, data));
    const { testCases: _cases, rule: _rule, ...beforeRecord } = before;
    const after = await tx.ruleVersion.update({ where: { id: versionId }, data: versionData(data) });
    await writeAudit(tx, actor, {
      action: "ruleVersion.update",
      entity: "RuleVersion",
      entityId: versionId,
      before: beforeRecord,
      after,
    });
    return after;
  });
}

/** Runs a version's test cases against that version alone. */
export async function runVersionTests(db: Db, versionId: string): Promise<CaseResult[]> {
  const version = await db.ruleVersion.findUnique({
    where: { id: versionId },
    include: { rule: { select: { code: true } }, testCases: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  if (!version) throw new AppError("NOT_FOUND", "Versi aturan tidak ditemukan.");
  return runCases(toEngineRule(version), version.testCases);
}

/**
 * Activates a draft: its circular must be active, it must have test cases that all pass,
 * and it must not start in the past. The version before it is retired by setting its
 * validTo to this version's validFrom — nothing is deleted.
 */
export async function activateVersion(db: Db, actor: AuditActor, versionId: string, now = clock.now()) {
  return db.$transaction(async (tx) => {
    const draft = await getDraft(tx, versionId);
    const circular = await tx.circular.findUniqueOrThrow({ where: { id: draft.rule.circularId } });
    const engineRule = toEngineRule(draft);
    const refusal = activationRefusal({ circular, version: engineRule, testCases: draft.testCases }, now);
    if (refusal) throw refusal;
    await assertNoConflict(tx, engineRule, draft.id);
    const superseded = await tx.ruleVersion.findMany({
      where: { ruleId: draft.ruleId, status: "ACTIVE", OR: [{ validTo: null }, { validTo: { gt: draft.validFrom } }] },
    });
    for (const previous of superseded) {
      const retired = await tx.ruleVersion.update({ where: { id: previous.id }, data: { validTo: draft.validFrom } });
      await writeAudit(tx, actor, {
        action: "ruleVersion.retire",
        entity: "RuleVersion",
        entityId: previous.id,
        before: { validTo: previous.validTo },
        after: { validTo: retired.validTo },
      });
    }
    const { testCases: _cases, rule: _rule, ...before } = draft;
    const after = await tx.ruleVersion.update({
      where: { id: draft.id },
      data: { status: "ACTIVE", activatedAt: now },
    });
    await writeAudit(tx, actor, {
      action: "ruleVersion.activate",
      entity: "RuleVersion",
      entityId: draft.id,
      before,
      after,
    });
    return after;
  });
}
