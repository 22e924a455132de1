import "server-only";
import * as clock from "@/lib/clock";
import { publicDb } from "@/lib/read-db";
import { AppError } from "@/lib/errors";
import { applicableRules } from "@/lib/rules/engine";
import { toEngineRule } from "@/lib/rules/from-record";

/** An office as the public sees it: where, what it offers, its rollout stage, and the rules for its services now. */
export async function getPublicOffice(code: string, now = clock.now()) {
  const db = await publicDb();
  const office = await db.office.findFirst({
    where: { code, archivedAt: null },
    include: {
      agency: { select: { name: true, kind: true } },
      kelurahan: { include: { kecamatan: true } },
      services: { include: { service: true } },
    },
  });
  if (!office) throw new AppError("NOT_FOUND", `Kantor ${code} tidak ditemukan.`);
  // One query for the activated versions, their descriptions included (not loadActiveRules plus a second read).
  const versions = await db.ruleVersion.findMany({
    where: { status: "ACTIVE", rule: { circular: { status: "ACTIVE" } } },
    include: { rule: { select: { code: true } } },
  });
  const rules = versions.map(toEngineRule);
  const services = office.services.map((s) => {
    const applied = applicableRules(rules, { service: s.serviceCode, agencyKind: office.agency.kind, at: now });
    return {
      code: s.serviceCode,
      nameId: s.service.nameId,
      nameEn: s.service.nameEn,
      rules: applied.map((r) => {
        const { descriptionId, descriptionEn } = versions.find((v) => v.id === r.id)!;
        return { code: r.code, version: r.version, descriptionId, descriptionEn };
      }),
    };
  });
  return {
    code: office.code,
    name: office.name,
    address: office.address,
    openingHours: office.openingHours,
    agency: office.agency.name,
    kelurahan: office.kelurahan.name,
    kecamatan: office.kelurahan.kecamatan.name,
    stage: office.stage,
    services,
  };
}

export type PublicOffice = Awaited<ReturnType<typeof findPublicOffices>>[number];

/** Offices whose name, code or kelurahan matches `q` (public look-up), at most 20. */
export async function findPublicOffices(q: string) {
  const term = q.trim().slice(0, 80);
  if (term.length < 2) return [];
  const db = await publicDb();
  const offices = await db.office.findMany({
    where: {
      archivedAt: null,
      OR: [
        { name: { contains: term, mode: "insensitive" } },
        { code: { contains: term, mode: "insensitive" } },
        { kelurahan: { name: { contains: term, mode: "insensitive" } } },
      ],
    },
    include: { agency: { select: { name: true } }, kelurahan: { include: { kecamatan: true } } },
    orderBy: { name: "asc" },
    take: 20,
  });
  return offices.map((o) => ({
    code: o.code,
    name: o.name,
    agency: o.agency.name,
    kelurahan: o.kelurahan.name,
    kecamatan: o.kelurahan.kecamatan.name,
    stage: o.stage,
  }));
}
