import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { complianceScore } from "@/lib/compliance/score";
import { prisma } from "@/lib/db";
import { dayOfDate } from "@/lib/day";
import { getScopedOffice } from "./scoped-office";
import { officePunctuality } from "./reporting-rates";

/** Everything on an office's page, in the actor's scope (another agency's office is NOT_FOUND). */
export async function getOfficeDetail(actor: Actor, code: string) {
  const { id } = await getScopedOffice(prisma, actor, code);
  const office = await prisma.office.findUniqueOrThrow({
    where: { id },
    include: {
      agency: true,
      kelurahan: { include: { kecamatan: true } },
      services: { orderBy: { serviceCode: "asc" } },
      rolloutEvents: { orderBy: { at: "desc" }, include: { byUser: { select: { name: true } } } },
      apiKeys: {
        orderBy: { createdAt: "desc" },
        select: { id: true, kind: true, label: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
      },
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
  const [punctuality, current] = await Promise.all([
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
  ]);
  const score = complianceScore({
    inspectionScores: office.inspections.map((i) => i.score),
    onTimeRate: punctuality.rate,
  });
  const filedReports = Object.fromEntries(current.map(({ day, ...filed }) => [dayOfDate(day), filed]));
  return { ...office, punctuality, score, filedReports };
}
