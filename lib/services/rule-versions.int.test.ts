import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { toEngineRule } from "@/lib/rules/from-record";
import { evaluate } from "@/lib/rules/engine";
import { demoActor, uniqueSuffix } from "@/test/actors";
import type { RuleVersionInput, TestCaseInput } from "@/lib/validations/rule-version";
import { activateCircular, createCircular, revokeCircular, updateCircularDraft } from "./circulars";
import { addTestCase, updateTestCase } from "./rule-test-cases";
import { activateVersion, createDraftVersion, runVersionTests, updateDraftVersion } from "./rule-versions";
import { createRule } from "./rules";

// Each test works on its own circular governing health services (which the seeded
// circular leaves ungated) and revokes it afterwards, so tests cannot contradict each other.
const createdCirculars: string[] = [];
afterEach(async () => {
  const actor = await demoActor("TASKFORCE");
  for (const id of createdCirculars.splice(0)) {
    const c = await prisma.circular.findUniqueOrThrow({ where: { id } });
    if (c.status === "ACTIVE") await revokeCircular(prisma, actor, id);
  }
});

const NOW = new Date("2030-01-01T00:00:00+07:00");
const LATER = "2030-02-01T00:00:00+07:00";

async function healthRule(options: { activateCircular?: boolean } = {}) {
  const actor = await demoActor("TASKFORCE");
  const circular = await createCircular(prisma, actor, {
    number: `UJI/${uniqueSuffix()}`,
    issuedOn: "2029-12-01",
    issuer: "Satgas Uji",
    title: "Surat edaran uji layanan kesehatan",
    body: "Isi surat edaran untuk pengujian.",
    effectiveFrom: "2029-12-01T00:00:00+07:00",
    clauses: [{ number: "1", text: "Layanan kesehatan non-darurat mensyaratkan vaksin." }],
  });
  createdCirculars.push(circular.id);
  if (options.activateCircular !== false) await activateCircular(prisma, actor, circular.id);
  const rule = await createRule(prisma, actor, {
    circularId: circular.id,
    code: `UJI-${uniqueSuffix()}`,
    title: "Vaksin untuk layanan kesehatan",
  });
  return { actor, circular, rule, clauseId: circular.clauses[0].id };
}

function versionInput(clauseId: string, minDoses: number, validFrom = LATER): RuleVersionInput {
  return {
    validFrom,
    clauseId,
    strength: "WAJIB",
    descriptionId: "Layanan kesehatan: syarat vaksin.",
    descriptionEn: "Health services: vaccination required.",
    definition: {
      scope: { services: ["KESEHATAN"], agencyKinds: ["GOVERNMENT", "PRIVATE"] },
      requirement: { minDoses },
      exemptions: [{ class: "UNDER_12" }],
      onFail: "REFER",
    },
  };
}

const oneDoseCase = (expectedOutcome: TestCaseInput["expectedOutcome"]): TestCaseInput => ({
  name: "Satu dosis",
  expectedOutcome,
  input: {
    service: "KESEHATAN",
    agencyKind: "GOVERNMENT",
    at: "2030-03-01T09:00:00+07:00",
    visitor: { status: "KUNING", doses: 1, age: 40, exemptions: [] },
  },
});

describe("rule versions", () => {
  it("number versions upwards and let a new draft inherit the latest version's test cases", async () => {
    const { actor, rule, clauseId } = await healthRule();
    const v1 = await createDraftVersion(prisma, actor, rule.code, versionInput(clauseId, 1));
    await addTestCase(prisma, actor, v1.id, oneDoseCase("SERVED_VACCINATED"));
    await activateVersion(prisma, actor, v1.id, NOW);
    const v2 = await createDraftVersion(
      prisma,
      actor,
      rule.code,
      versionInput(clauseId, 2, "2030-06-01T00:00:00+07:00"),
    );
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect(await prisma.ruleTestCase.count({ where: { ruleVersionId: v2.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { entityId: { in: [v1.id, v2.id] } } })).toBeGreaterThanOrEqual(3);
  });

  it("refuse activation while a test case fails, and change nothing", async () => {
    const { actor, rule, clauseId } = await healthRule();
    const draft = await createDraftVersion(prisma, actor, rule.code, versionInput(clauseId, 2));
    const testCase = await addTestCase(prisma, actor, draft.id, oneDoseCase("SERVED_VACCINATED"));
    const results = await runVersionTests(prisma, draft.id);
    expect(results).toMatchObject([{ passed: false, expected: "SERVED_VACCINATED", actual: "REFERRED" }]);
    await expect(activateVersion(prisma, actor, draft.id, NOW)).rejects.toThrow(/1 kasus uji gagal \(Satu dosis\)/);
    expect((await prisma.ruleVersion.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");

    await updateTestCase(prisma, actor, testCase.id, oneDoseCase("REFERRED"));
    await activateVersion(prisma, actor, draft.id, NOW);
    expect((await prisma.ruleVersion.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("ACTIVE");
  });

  it("refuse activation without test cases, in the past, or under an inactive circular", async () => {
    const { actor, rule, clauseId } = await healthRule({ activateCircular: false });
    const draft = await createDraftVersion(prisma, actor, rule.code, versionInput(clauseId, 1));
    await expect(activateVersion(prisma, actor, draft.id, NOW)).rejects.toThrow(/belum\/tidak aktif/);
    await activateCircular(prisma, actor, rule.circularId);
    await expect(activateVersion(prisma, actor, draft.id, NOW)).rejects.toThrow(/belum punya kasus uji/);
    await addTestCase(prisma, actor, draft.id, oneDoseCase("SERVED_VACCINATED"));
    await expect(activateVersion(prisma, actor, draft.id, new Date("2030-02-02T00:00:00+07:00"))).rejects.toMatchObject(
      {
        fieldErrors: { validFrom: ["Tidak boleh di masa lalu"] },
      },
    );
  });

  it("retire the previous version by its validTo, never by deletion, so past visits keep their rule", async () => {
    const { actor, rule, clauseId } = await healthRule();
    const v1 = await createDraftVersion(prisma, actor, rule.code, versionInput(clauseId, 1));
    await addTestCase(prisma, actor, v1.id, oneDoseCase("SERVED_VACCINATED"));
    await activateVersion(prisma, actor, v1.id, NOW);
    const v2 = await createDraftVersion(
      prisma,
      actor,
      rule.code,
      versionInput(clauseId, 2, "2030-06-01T00:00:00+07:00"),
    );
    // The inherited case moved with the start date (v1 from 1 Feb, case 1 Mar → v2 from 1 Jun,
    // case 29 Jun) and now meets the 2-dose rule, so it fails until an official updates it.
    const inherited = await prisma.ruleTestCase.findFirstOrThrow({ where: { ruleVersionId: v2.id } });
    const shiftedAt = new Date("2030-06-29T09:00:00+07:00").toISOString();
    expect((inherited.input as { at: string }).at).toBe(shiftedAt);
    expect(await runVersionTests(prisma, v2.id)).toMatchObject([{ passed: false, actual: "REFERRED" }]);
    await updateTestCase(prisma, actor, inherited.id, {
      ...oneDoseCase("REFERRED"),
      input: { ...oneDoseCase("REFERRED").input, at: shiftedAt },
    });
    await activateVersion(prisma, actor, v2.id, NOW);

    const versions = await prisma.ruleVersion.findMany({
      where: { ruleId: rule.id },
      orderBy: { version: "asc" },
      include: { rule: true },
    });
    expect(versions.map((v) => [v.version, v.status, v.validTo?.toISOString() ?? null])).toEqual([
      [1, "ACTIVE", new Date("2030-06-01T00:00:00+07:00").toISOString()],
      [2, "ACTIVE", null],
    ]);
    const rules = versions.map(toEngineRule);
    const visit = (at: string) => ({
      service: "KESEHATAN",
      agencyKind: "GOVERNMENT" as const,
      at: new Date(at),
      visitor: { status: "KUNING" as const, doses: 1, age: 40, exemptions: [] },
    });
    expect(evaluate(rules, visit("2030-05-31T23:59:00+07:00"))).toMatchObject({
      outcome: "SERVED_VACCINATED",
      rules: [{ version: 1 }],
    });
    expect(evaluate(rules, visit("2030-06-01T00:00:00+07:00"))).toMatchObject({
      outcome: "REFERRED",
      rules: [{ version: 2 }],
    });
  });

  it("refuse saving a version that overlaps an activated one, or a rule that contradicts another", async () => {
    const { actor, rule, clauseId } = await healthRule();
    const v1 = await createDraftVersion(prisma, actor, rule.code, versionInput(clauseId, 1));
    await addTestCase(prisma, actor, v1.id, oneDoseCase("SERVED_VACCINATED"));
    await activateVersion(prisma, actor, v1.id, NOW);
    await expect(
      createDraftVersion(prisma, actor, rule.code, versionInput(clauseId, 2, "2030-01-15T00:00:00+07:00")),
    ).rejects.toThrow(/Tumpang tindih dengan versi 1/);

    const rival = await createRule(prisma, actor, {
      circularId: rule.circularId,
      code: `UJI-${uniqueSuffix()}`,
      title: "Aturan yang bertentangan",
    });
    const before = await prisma.ruleVersion.count();
    await expect(createDraftVersion(prisma, actor, rival.code, versionInput(clauseId, 3))).rejects.toThrow(
      new RegExp(`Bertentangan dengan aturan ${rule.code} versi 1`),
    );
    expect(await prisma.ruleVersion.count()).toBe(before);
  });

  it("never change an activated version", async () => {
    const { actor, rule, clauseId } = await healthRule();
    const v1 = await createDraftVersion(prisma, actor, rule.code, versionInput(clauseId, 1));
    await addTestCase(prisma, actor, v1.id, oneDoseCase("SERVED_VACCINATED"));
    await activateVersion(prisma, actor, v1.id, NOW);
    await expect(updateDraftVersion(prisma, actor, v1.id, versionInput(clauseId, 3))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(addTestCase(prisma, actor, v1.id, oneDoseCase("REFERRED"))).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("name the field of an invalid version and save nothing", async () => {
    const { actor, rule, clauseId } = await healthRule();
    const bad = {
      ...versionInput(clauseId, 1),
      validTo: "2030-01-01T00:00:00+07:00",
      definition: { ...versionInput(clauseId, 1).definition, scope: { services: [], agencyKinds: ["GOVERNMENT"] } },
    } as RuleVersionInput;
    await expect(createDraftVersion(prisma, actor, rule.code, bad)).rejects.toMatchObject({
      fieldErrors: { validTo: expect.any(Array), "definition.scope.services": ["Pilih minimal satu layanan"] },
    });
    expect(await prisma.ruleVersion.count({ where: { ruleId: rule.id } })).toBe(0);
  });
});

describe("circulars", () => {
  it("are addressed by their number, and a number whose address another has is refused", async () => {
    const { actor, circular } = await healthRule({ activateCircular: false });
    expect(circular.slug).toBe(circular.number.replaceAll("/", "-"));
    const input = {
      number: circular.number.replaceAll("/", " - "),
      issuedOn: "2029-12-01",
      issuer: "Satgas Uji",
      title: "Surat edaran uji yang lain",
      body: "Isi surat edaran untuk pengujian.",
      effectiveFrom: "2029-12-01T00:00:00+07:00",
      clauses: [{ number: "1", text: "Pasal uji." }],
    };
    await expect(createCircular(prisma, actor, input)).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { number: ["Nomor surat edaran sudah dipakai"] },
    });
    await expect(createCircular(prisma, actor, { ...input, number: "/ - /" })).rejects.toMatchObject({
      fieldErrors: { number: ["Nomor surat edaran harus memuat huruf atau angka"] },
    });
  });

  it("can be edited while a draft, keeping clauses that rules cite, and never once active", async () => {
    const { actor, circular, rule, clauseId } = await healthRule({ activateCircular: false });
    await createDraftVersion(prisma, actor, rule.code, versionInput(clauseId, 1));
    const input = {
      number: circular.number,
      issuedOn: "2029-12-02",
      issuer: "Satgas Uji",
      title: "Judul yang diperbaiki",
      body: "Isi surat edaran yang diperbaiki.",
      effectiveFrom: "2029-12-02T00:00:00+07:00",
    };
    await expect(
      updateCircularDraft(prisma, actor, circular.id, { ...input, clauses: [{ number: "2", text: "Pasal baru." }] }),
    ).rejects.toThrow(/Pasal 1 dipakai aturan/);
    const updated = await updateCircularDraft(prisma, actor, circular.id, {
      ...input,
      clauses: [
        { number: "1", text: "Teks pasal yang diperbaiki." },
        { number: "2", text: "Pasal baru." },
      ],
    });
    expect(updated.title).toBe("Judul yang diperbaiki");
    expect(updated.clauses.find((c) => c.number === "1")).toMatchObject({
      id: clauseId,
      text: "Teks pasal yang diperbaiki.",
    });
    await activateCircular(prisma, actor, circular.id);
    await expect(
      updateCircularDraft(prisma, actor, circular.id, { ...input, clauses: [{ number: "1", text: "x y z" }] }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("revoking ends the versions in force now and revokes scheduled ones, keeping the past", async () => {
    const { actor, circular, rule, clauseId } = await healthRule();
    const v1 = await createDraftVersion(prisma, actor, rule.code, versionInput(clauseId, 1));
    await addTestCase(prisma, actor, v1.id, oneDoseCase("SERVED_VACCINATED"));
    await activateVersion(prisma, actor, v1.id, NOW);
    const revokedAt = new Date("2030-03-01T00:00:00+07:00");
    await revokeCircular(prisma, actor, circular.id, revokedAt);
    const after = await prisma.ruleVersion.findUniqueOrThrow({ where: { id: v1.id } });
    expect(after.status).toBe("ACTIVE");
    expect(after.validTo).toEqual(revokedAt);
    expect((await prisma.circular.findUniqueOrThrow({ where: { id: circular.id } })).status).toBe("REVOKED");
  });
});
