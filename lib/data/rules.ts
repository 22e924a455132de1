import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toEngineRule } from "@/lib/rules/from-record";
import type { EngineRule } from "@/lib/rules/types";

const versionWithRule = {
  rule: { select: { code: true, title: true, circular: { select: { number: true, status: true } } } },
  clause: true,
} as const;

/** Every activated rule version of active circulars (past, current and scheduled): the engine's input. */
export async function loadActiveRules(): Promise<EngineRule[]> {
  const versions = await prisma.ruleVersion.findMany({
    where: { status: "ACTIVE", rule: { circular: { status: "ACTIVE" } } },
    include: { rule: { select: { code: true } } },
    orderBy: [{ ruleId: "asc" }, { version: "asc" }],
  });
  return versions.map(toEngineRule);
}

/** The activated versions in force at `at` (GET /api/v1/rules). */
export async function findVersionsInForce(at: Date) {
  return prisma.ruleVersion.findMany({
    where: {
      status: "ACTIVE",
      rule: { circular: { status: "ACTIVE" } },
      validFrom: { lte: at },
      OR: [{ validTo: null }, { validTo: { gt: at } }],
    },
    include: versionWithRule,
    orderBy: { rule: { code: "asc" } },
  });
}

/** Circulars, newest first, with their rule counts; drafts only for those who edit them. */
export async function findCirculars(options: { includeDrafts: boolean }) {
  return prisma.circular.findMany({
    where: options.includeDrafts ? {} : { status: { not: "DRAFT" } },
    orderBy: [{ issuedOn: "desc" }, { number: "asc" }],
    include: { _count: { select: { rules: true } } },
  });
}

/** One circular with its clauses and every rule's versions. */
export async function getCircular(address: string, options: { includeDrafts: boolean }) {
  // By its number's slug; by its id too, so addresses from before circulars had slugs still lead to it.
  const circular = await prisma.circular.findFirst({
    where: { OR: [{ slug: address }, { id: address }] },
    include: {
      clauses: { orderBy: { number: "asc" } },
      rules: {
        orderBy: { code: "asc" },
        include: { versions: { orderBy: { version: "asc" }, include: { clause: true } } },
      },
    },
  });
  if (!circular || (circular.status === "DRAFT" && !options.includeDrafts))
    throw new AppError("NOT_FOUND", "Surat edaran tidak ditemukan.");
  return circular;
}

/** Public circulars (active and past) with the versions officials activated, for /surat-edaran. */
export async function findPublicCirculars() {
  return prisma.circular.findMany({
    where: { status: { not: "DRAFT" } },
    orderBy: [{ status: "asc" }, { issuedOn: "desc" }],
    include: {
      clauses: { orderBy: { number: "asc" } },
      rules: {
        orderBy: { code: "asc" },
        include: { versions: { where: { status: "ACTIVE" }, orderBy: { version: "asc" }, include: { clause: true } } },
      },
    },
  });
}

/** One rule by its stable code with all its versions and their test cases. */
export async function getRule(code: string) {
  const rule = await prisma.rule.findUnique({
    where: { code },
    include: {
      circular: { include: { clauses: { orderBy: { number: "asc" } } } },
      versions: {
        orderBy: { version: "desc" },
        include: {
          clause: true,
          createdBy: { select: { name: true } },
          testCases: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
        },
      },
    },
  });
  if (!rule) throw new AppError("NOT_FOUND", `Aturan ${code} tidak ditemukan.`);
  return rule;
}
