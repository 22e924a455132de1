import "server-only";
import { JOB_ACTOR } from "@/lib/audit";
import { rolesMailed } from "@/lib/auth/permissions";
import * as clock from "@/lib/clock";
import type { Db } from "@/lib/db";
import { addDays, dateOfDay, DAY_MS, wibDay, type Day } from "@/lib/day";
import { findMissingReports } from "@/lib/data/reporting-rates";
import { findOfficesStoppedScanning } from "@/lib/data/rollout";
import type { ReminderKind } from "@/lib/generated/prisma/client";
import { deliverSoon, queueMail } from "@/lib/mail/outbox";
import { reminderMail, type AgencyFindings } from "@/lib/mail/notice-messages";

/** The days of reports a reminder looks back over (the dashboard's to-do looks at the same week). */
const REPORT_DAYS = 7;
/** A key of a scanner or desk not used for this long is named in the reminder (real time: keys are). */
export const KEY_UNUSED_DAYS = 14;

type Named = { agencyId: string; code: string; name: string; days?: string[] };

/**
 * The daily reminders job's work at `at`: for each agency, its offices whose reports are
 * missing over the week up to yesterday (today's is not due yet), its offices that stopped
 * scanning, and its keys unused for KEY_UNUSED_DAYS. One reminder per agency, day and kind
 * (the dashboard's to-do), and one message per agency admin and day, only to an agency with
 * something to say and an admin who has not switched reminders off: a second run the same day
 * reminds and mails no one twice. Returns the day, the new reminders and the messages queued.
 */
export async function remindAgencies(
  db: Db,
  at = clock.now(),
): Promise<{ day: Day; reminders: number; messages: number }> {
  const day = wibDay(at);
  const through = addDays(day, -1);
  const [missing, stopped, unusedKeys] = await Promise.all([
    findMissingReports(JOB_ACTOR, REPORT_DAYS, through),
    findOfficesStoppedScanning(through),
    findUnusedKeys(db, new Date(clock.realNowMs() - KEY_UNUSED_DAYS * DAY_MS)),
  ]);
  const rows = [...byAgency(missing.offices, "MISSING_REPORTS"), ...byAgency(stopped, "STOPPED_SCANNING")];
  const { count } = await db.reminder.createMany({
    data: rows.map((row) => ({ ...row, day: dateOfDay(day) })),
    skipDuplicates: true,
  });
  const messages = await mailAgencyAdmins(db, day, findingsByAgency(missing.offices, stopped, unusedKeys));
  if (messages > 0) deliverSoon(db);
  return { day, reminders: count, messages };
}

function byAgency(offices: Named[], kind: ReminderKind) {
  const groups = new Map<string, Omit<Named, "agencyId">[]>();
  for (const { agencyId, ...office } of offices) groups.set(agencyId, [...(groups.get(agencyId) ?? []), office]);
  return [...groups].map(([agencyId, named]) => ({ agencyId, kind, offices: named }));
}

type UnusedKey = { agencyId: string; office: string; label: string; lastUsedAt: Date | null };

/** Live keys of active offices last used (or, never used, made) before `before`. */
async function findUnusedKeys(db: Db, before: Date): Promise<UnusedKey[]> {
  const keys = await db.apiKey.findMany({
    where: {
      revokedAt: null,
      office: { archivedAt: null },
      OR: [{ lastUsedAt: { lt: before } }, { lastUsedAt: null, createdAt: { lt: before } }],
    },
    select: { label: true, lastUsedAt: true, office: { select: { name: true, agencyId: true } } },
    orderBy: [{ office: { name: "asc" } }, { label: "asc" }],
  });
  return keys.map((k) => ({
    agencyId: k.office.agencyId,
    office: k.office.name,
    label: k.label,
    lastUsedAt: k.lastUsedAt,
  }));
}

type Findings = Omit<AgencyFindings, "agency">;

function findingsByAgency(missing: Named[], stopped: Named[], unusedKeys: UnusedKey[]): Map<string, Findings> {
  const found = new Map<string, Findings>();
  const of = (agencyId: string) => {
    if (!found.has(agencyId)) found.set(agencyId, { missing: [], stopped: [], unusedKeys: [] });
    return found.get(agencyId)!;
  };
  for (const { agencyId, ...office } of missing) of(agencyId).missing.push(office);
  for (const { agencyId, ...office } of stopped) of(agencyId).stopped.push(office);
  for (const { agencyId, ...key } of unusedKeys) of(agencyId).unusedKeys.push(key);
  return found;
}

/** Queues today's message for every agency admin of an agency with findings; returns how many were new. */
async function mailAgencyAdmins(db: Db, day: Day, found: Map<string, Findings>): Promise<number> {
  if (found.size === 0) return 0;
  const admins = await db.user.findMany({
    where: {
      role: { in: rolesMailed("reminders") },
      active: true,
      passwordHash: { not: null },
      agencyId: { in: [...found.keys()] },
      NOT: { mailOff: { has: "REMINDER" } },
    },
    select: { id: true, name: true, email: true, locale: true, agencyId: true, agency: { select: { name: true } } },
  });
  let queued = 0;
  for (const admin of admins) {
    const mail = reminderMail(admin, day, { agency: admin.agency!.name, ...found.get(admin.agencyId!)! });
    const key = `reminder:${day}:${admin.id}`;
    if (await queueMail(db, { key, kind: "REMINDER", userId: admin.id, to: admin.email, ...mail })) queued++;
  }
  return queued;
}
