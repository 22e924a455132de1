import "server-only";
import { officeAbilities } from "@/lib/auth/abilities";
import type { Actor } from "@/lib/auth/permissions";
import { complianceScore } from "@/lib/compliance/score";
import { prisma } from "@/lib/db";
import { dayOfDate } from "@/lib/day";
import { getScopedOffice } from "./scoped-office";
import { officePunctuality } from "./reporting-rates";

/**
 * Everything on an office's page, in the actor's scope (another agency's office is NOT_FOUND),
 * with what the actor may do with it (lib/auth/abilities.ts); its API keys only for who manages them.
 */
export async function getOfficeDetail(actor: Actor, code: string) {
  const { id, agencyId } = await getScopedOffice(prisma, actor, code);
  const abilities = officeAbilities(actor, { agencyId });
  const office = await prisma.office.findUniqueOrThrow({
    where: { id },
    include: {
      agency: true,
      kelurahan: { include: { kecamatan: true } },
      services: { orderBy: { serviceCode: "asc" } },
      rolloutEvents: { orderBy: { at: "desc" }, include: { byUser: { select: { name: true } } } },
      reports: {
        orderBy: [{ day: "desc" }, { revision: "desc" }],
        take: 60,
        include: { submittedBy: { select: { name: true } } },
      },
      inspections: {
        orderBy: { visitedOn: "desc" },
        include: { sanctions: true, inspector: { select: { name: true } } },
      },
    },
  });
  const [punctuality, current, apiKeys] = await Promise.all([
    officePunctuality(actor, office.id),
    // Every day's current revision, not only the 60 reports listed: a correction of any
    // day starts from what was filed, never from zeros.
    prisma.complianceReport.findMany({
      where: { officeId: office.id, isCurrent: true },
      select: {
        day: true,
        revision: true,
        checked: true,
        servedVaccinated: true,
        servedExempt: true,
        referred: true,
        denied: true,
      },
    }),
    abilities.manageKeys
      ? prisma.apiKey.findMany({
          where: { officeId: office.id },
          orderBy: { createdAt: "desc" },
          select: {
            id: true,
            kind: true,
            label: true,
            prefix: true,
            createdAt: true,
            lastUsedAt: true,
            revokedAt: true,
          },
        })
      : [],
  ]);
  const score = complianceScore({
    inspectionScores: office.inspections.map((i) => i.score),
    onTimeRate: punctuality.rate,
  });
  const filedReports = Object.fromEntries(current.map(({ day, ...filed }) => [dayOfDate(day), filed]));
  return { ...office, abilities, apiKeys, punctuality, score, filedReports };
}
