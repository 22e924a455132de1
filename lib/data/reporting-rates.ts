import "server-only";
import type { AuditActor } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import { officesOf, scopeKey } from "@/lib/auth/scope";
import { expectedDays, isOnTime, type RateRow } from "@/lib/compliance/reporting";
import { cache } from "react";
import { readDb } from "@/lib/read-db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { today } from "@/lib/clock";
import { addDays, dateOfDay, dayOfDate } from "@/lib/day";
import { versioned } from "./versioned-cache";

/** Offices open on Saturday say so in their opening hours. */
export function opensSaturday(openingHours: string | null): boolean {
  return /sabtu|saturday/i.test(openingHours ?? "");
}

type OfficeWindow = {
  id: string;
  agencyId: string;
  agencyName: string;
  kecamatanCode: string;
  kecamatanName: string;
  expected: string[];
};

/** The offices in a scope with what their reporting windows need; read once per request (the compliance page asks three times). */
const officesWithRollout = cache(async (actor: AuditActor) =>
  (await readDb()).office.findMany({
    where: { archivedAt: null, ...officesOf(actor) },
    include: {
      agency: { select: { name: true } },
      kelurahan: { include: { kecamatan: true } },
      rolloutEvents: { where: { toStage: { in: ["LIVE", "SUSPENDED"] } }, orderBy: { at: "asc" } },
    },
  }),
);

export async function officeWindows(
  actor: AuditActor,
  from: string,
  to: string,
  officeId?: string,
): Promise<OfficeWindow[]> {
  const offices = (await officesWithRollout(actor)).filter((o) => !officeId || o.id === officeId);
  return offices.map((o) => {
    const live = o.rolloutEvents.find((e) => e.toStage === "LIVE")?.at ?? null;
    const suspended =
      o.stage === "SUSPENDED" ? (o.rolloutEvents.filter((e) => e.toStage === "SUSPENDED").at(-1)?.at ?? null) : null;
    return {
      id: o.id,
      agencyId: o.agencyId,
      agencyName: o.agency.name,
      kecamatanCode: o.kelurahan.kecamatanCode,
      kecamatanName: o.kelurahan.kecamatan.name,
      expected: expectedDays({
        from,
        to,
        liveSince: live,
        liveUntil: suspended,
        opensSaturday: opensSaturday(o.openingHours),
        today: today(),
      }),
    };
  });
}

/** Per office-day (`officeId|day`): whether a report arrived, and whether its first revision was on time. */
async function firstReports(
  where: Prisma.ComplianceReportWhereInput,
  from: string,
  to: string,
): Promise<Map<string, boolean>> {
  const db = await readDb();
  const firsts = await db.complianceReport.findMany({
    where: { ...where, revision: 1, day: { gte: dateOfDay(from), lte: dateOfDay(to) } },
    select: { officeId: true, day: true, submittedAt: true },
  });
  return new Map(firsts.map((r) => [`${r.officeId}|${dayOfDate(r.day)}`, isOnTime(dayOfDate(r.day), r.submittedAt)]));
}

/** Reports received from some offices over a period. */
export function receivedReports(officeIds: string[], from: string, to: string): Promise<Map<string, boolean>> {
  return firstReports({ officeId: { in: officeIds } }, from, to);
}

/** Reports received from every office in a scope over a period; read once per request. */
export const receivedReportsInScope = cache((actor: AuditActor, from: string, to: string) =>
  firstReports({ office: officesOf(actor) }, from, to),
);

/**
 * Reports expected, received and on time over [from, to], per kecamatan or per agency, in the
 * actor's scope. Kept until the records change (versioned-cache.ts): shared, not to be changed.
 */
export function findReportingRates(
  actor: Actor,
  options: { from: string; to: string; by: "kecamatan" | "agency" },
): Promise<readonly RateRow[]> {
  return versioned(`rates|${scopeKey(actor)}|${options.from}|${options.to}|${options.by}`, options, () =>
    computeReportingRates(actor, options),
  );
}

async function computeReportingRates(
  actor: Actor,
  options: { from: string; to: string; by: "kecamatan" | "agency" },
): Promise<RateRow[]> {
  const [windows, received] = await Promise.all([
    officeWindows(actor, options.from, options.to),
    receivedReportsInScope(actor, options.from, options.to),
  ]);
  const rows = new Map<string, RateRow>();
  for (const w of windows) {
    const [key, label] = options.by === "kecamatan" ? [w.kecamatanCode, w.kecamatanName] : [w.agencyId, w.agencyName];
    const row = rows.get(key) ?? { key, label, expected: 0, received: 0, onTime: 0 };
    for (const day of w.expected) {
      row.expected++;
      const onTime = received.get(`${w.id}|${day}`);
      if (onTime !== undefined) row.received++;
      if (onTime) row.onTime++;
    }
    rows.set(key, row);
  }
  return [...rows.values()].filter((r) => r.expected > 0).sort((a, b) => a.label.localeCompare(b.label));
}

/** One office's on-time rate over the 30 days up to the latest data (for its score). */
export async function officePunctuality(
  actor: Actor,
  officeId: string,
): Promise<{ expected: number; onTime: number; rate: number | null; from: string; to: string }> {
  const to = today();
  const from = addDays(to, -29);
  const [window] = await officeWindows(actor, from, to, officeId);
  const received = await receivedReports([officeId], from, to);
  const expected = window?.expected.length ?? 0;
  const onTime = window?.expected.filter((d) => received.get(`${officeId}|${d}`)).length ?? 0;
  return { expected, onTime, rate: expected ? onTime / expected : null, from, to };
}

export type MissingReports = { agencyId: string; code: string; name: string; days: string[] };

/** The offices in scope with reports expected and not received over the `days` days up to `to` (today), most missing first. */
export async function findMissingReports(
  actor: AuditActor,
  days = 7,
  to: string = today(),
): Promise<{ to: string; offices: MissingReports[] }> {
  const from = addDays(to, -(days - 1));
  const [windows, received, offices] = await Promise.all([
    officeWindows(actor, from, to),
    receivedReportsInScope(actor, from, to),
    officesWithRollout(actor),
  ]);
  const byId = new Map(offices.map((o) => [o.id, o]));
  const missing = windows
    .map((w) => ({
      agencyId: w.agencyId,
      code: byId.get(w.id)!.code,
      name: byId.get(w.id)!.name,
      days: w.expected.filter((day) => received.get(`${w.id}|${day}`) === undefined),
    }))
    .filter((m) => m.days.length > 0);
  return { to, offices: missing.sort((a, b) => b.days.length - a.days.length || a.code.localeCompare(b.code)) };
}
