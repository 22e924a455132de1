import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { agenciesOf } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgencyListParams } from "@/lib/validations/agency";
import type { OfficeListParams } from "@/lib/validations/office";
import { type Page, pageOf } from "@/lib/validations/list-params";
import { dayOfDate } from "@/lib/day";

export type AgencyRow = {
  id: string;
  code: string;
  name: string;
  kind: "GOVERNMENT" | "PRIVATE";
  rolloutDeadline: string | null;
  offices: number;
  officesLive: number;
};

function agencyWhere(actor: Actor, params: Pick<AgencyListParams, "q" | "kind">): Prisma.AgencyWhereInput {
  return {
    archivedAt: null,
    ...agenciesOf(actor),
    ...(params.kind ? { kind: params.kind } : {}),
    ...(params.q
      ? {
          OR: [
            { name: { contains: params.q, mode: "insensitive" } },
            { code: { contains: params.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

function agencyOrder(sort: AgencyListParams["sort"]): Prisma.AgencyOrderByWithRelationInput[] {
  const direction = sort.desc ? "desc" : "asc";
  const primary: Prisma.AgencyOrderByWithRelationInput =
    sort.id === "offices"
      ? { offices: { _count: direction } }
      : sort.id === "deadline"
        ? { rolloutDeadline: { sort: direction, nulls: "last" } }
        : { [sort.id]: direction };
  return [primary, { code: "asc" }];
}

/** Agencies the actor may see, with office counts; an agency admin sees only its own. */
export async function findAgencies(actor: Actor, params: AgencyListParams): Promise<Page<AgencyRow>> {
  const where = agencyWhere(actor, params);
  const [total, agencies] = await prisma.$transaction([
    prisma.agency.count({ where }),
    prisma.agency.findMany({
      where,
      orderBy: agencyOrder(params.sort),
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
      include: { _count: { select: { offices: { where: { archivedAt: null } } } } },
    }),
  ]);
  const live = await prisma.office.groupBy({
    by: ["agencyId"],
    where: { agencyId: { in: agencies.map((a) => a.id) }, archivedAt: null, stage: { in: ["LIVE", "VERIFIED"] } },
    _count: { _all: true },
  });
  const liveByAgency = new Map(live.map((l) => [l.agencyId, l._count._all]));
  return pageOf(
    params,
    total,
    agencies.map((a) => ({
      id: a.id,
      code: a.code,
      name: a.name,
      kind: a.kind,
      rolloutDeadline: a.rolloutDeadline ? dayOfDate(a.rolloutDeadline) : null,
      offices: a._count.offices,
      officesLive: liveByAgency.get(a.id) ?? 0,
    })),
  );
}

/** Every agency the actor may see matching the filters, for CSV export (no paging). */
export async function findAllAgencies(actor: Actor, params: AgencyListParams): Promise<AgencyRow[]> {
  const first = await findAgencies(actor, { ...params, page: 1, perPage: 100 });
  const rows = [...first.rows];
  for (let page = 2; rows.length < first.total; page++)
    rows.push(...(await findAgencies(actor, { ...params, page, perPage: 100 })).rows);
  return rows;
}

/** One agency by code; NOT_FOUND when it does not exist or lies outside the actor's scope. */
export async function getAgency(actor: Actor, code: string) {
  const agency = await prisma.agency.findFirst({ where: { code, archivedAt: null, ...agenciesOf(actor) } });
  if (!agency) throw new AppError("NOT_FOUND", `Instansi ${code} tidak ditemukan.`);
  return agency;
}

export type OfficeRow = {
  id: string;
  code: string;
  name: string;
  kelurahan: string;
  kecamatan: string;
  stage: "REGISTERED" | "STAFF_TRAINED" | "SCANNER_READY" | "LIVE" | "VERIFIED" | "SUSPENDED";
  services: string[];
};

const OFFICE_ORDER: Record<
  OfficeListParams["sort"]["id"],
  (d: "asc" | "desc") => Prisma.OfficeOrderByWithRelationInput
> = {
  name: (d) => ({ name: d }),
  code: (d) => ({ code: d }),
  kelurahan: (d) => ({ kelurahan: { name: d } }),
  stage: (d) => ({ stage: d }),
};

/** The offices of one agency (scoped through getAgency), a page at a time. */
export async function findAgencyOffices(
  actor: Actor,
  agencyCode: string,
  params: OfficeListParams,
): Promise<Page<OfficeRow>> {
  const agency = await getAgency(actor, agencyCode);
  const where: Prisma.OfficeWhereInput = {
    agencyId: agency.id,
    archivedAt: null,
    ...(params.q
      ? {
          OR: [
            { name: { contains: params.q, mode: "insensitive" } },
            { code: { contains: params.q, mode: "insensitive" } },
            { kelurahan: { name: { contains: params.q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
  const [total, offices] = await prisma.$transaction([
    prisma.office.count({ where }),
    prisma.office.findMany({
      where,
      orderBy: [OFFICE_ORDER[params.sort.id](params.sort.desc ? "desc" : "asc"), { code: "asc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
      include: { kelurahan: { include: { kecamatan: true } }, services: true },
    }),
  ]);
  return pageOf(
    params,
    total,
    offices.map((o) => ({
      id: o.id,
      code: o.code,
      name: o.name,
      kelurahan: o.kelurahan.name,
      kecamatan: o.kelurahan.kecamatan.name,
      stage: o.stage,
      services: o.services.map((s) => s.serviceCode),
    })),
  );
}
