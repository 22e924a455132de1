import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
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
  /** Share of its offices scanning (live or verified); null without offices. */
  progress: number | null;
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
    // Progress is a share the database does not keep: ordered by name here, then by share in findAgencies.
    sort.id === "progress"
      ? { name: "asc" }
      : sort.id === "offices"
        ? { offices: { _count: direction } }
        : sort.id === "deadline"
          ? { rolloutDeadline: { sort: direction, nulls: "last" } }
          : { [sort.id]: direction };
  return [primary, { code: "asc" }];
}

/**
 * Agencies the actor may see, with office counts and rollout progress; an agency admin sees
 * only its own. A city has tens of agencies (a province hundreds): all that match are read
 * and paged here, so the table can also be ordered by progress, a share.
 */
export async function findAgencies(actor: Actor, params: AgencyListParams): Promise<Page<AgencyRow>> {
  const rows = await findAllAgencies(actor, params);
  const start = (params.page - 1) * params.perPage;
  return pageOf(params, rows.length, rows.slice(start, start + params.perPage));
}

/** Every agency the actor may see matching the filters, in the table's order (the CSV export). */
export async function findAllAgencies(actor: Actor, params: AgencyListParams): Promise<AgencyRow[]> {
  const agencies = await prisma.agency.findMany({
    where: agencyWhere(actor, params),
    orderBy: agencyOrder(params.sort),
    include: { _count: { select: { offices: { where: { archivedAt: null } } } } },
  });
  const live = await prisma.office.groupBy({
    by: ["agencyId"],
    where: { agencyId: { in: agencies.map((a) => a.id) }, archivedAt: null, stage: { in: ["LIVE", "VERIFIED"] } },
    _count: { _all: true },
  });
  const liveByAgency = new Map(live.map((l) => [l.agencyId, l._count._all]));
  const rows: AgencyRow[] = agencies.map((a) => {
    const officesLive = liveByAgency.get(a.id) ?? 0;
    return {
      id: a.id,
      code: a.code,
      name: a.name,
      kind: a.kind,
      rolloutDeadline: a.rolloutDeadline ? dayOfDate(a.rolloutDeadline) : null,
      offices: a._count.offices,
      officesLive,
      progress: a._count.offices === 0 ? null : officesLive / a._count.offices,
    };
  });
  return params.sort.id === "progress" ? rows.sort(byProgress(params.sort.desc)) : rows;
}

/** By progress (agencies without offices last, either way), then by name as the database ordered them. */
const byProgress = (desc: boolean) => (a: AgencyRow, b: AgencyRow) => {
  if (a.progress === null || b.progress === null) return a.progress === b.progress ? 0 : a.progress === null ? 1 : -1;
  return (desc ? -1 : 1) * (a.progress - b.progress);
};

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
    ...(params.stage ? { stage: params.stage } : {}),
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

/** The code of the one agency an agency-bound actor works for (null for a city-wide one, or none found). */
export async function findOwnAgencyCode(actor: Actor): Promise<string | null> {
  if (can(actor, "agencies.readAll")) return null;
  const agency = await prisma.agency.findFirst({
    where: { archivedAt: null, ...agenciesOf(actor) },
    select: { code: true },
  });
  return agency?.code ?? null;
}
