import "server-only";
import { JOB_ACTOR } from "@/lib/audit";
import * as clock from "@/lib/clock";
import type { Db } from "@/lib/db";
import { addDays, dateOfDay, wibDay, type Day } from "@/lib/day";
import { findMissingReports } from "@/lib/data/reporting-rates";
import { findOfficesStoppedScanning } from "@/lib/data/rollout";
import type { ReminderKind } from "@/lib/generated/prisma/client";

/** The days of reports a reminder looks back over (the dashboard's to-do looks at the same week). */
const REPORT_DAYS = 7;

type Named = { agencyId: string; code: string; name: string; days?: string[] };

/**
 * The daily reminders job's work at `at`: for each agency, its offices whose reports are
 * missing over the week up to yesterday (today's is not due yet), and its offices that
 * stopped scanning. One reminder per agency, day and kind: a second run the same day
 * reminds no one twice. Returns the day and how many reminders were new.
 */
export async function remindAgencies(db: Db, at = clock.now()): Promise<{ day: Day; reminders: number }> {
  const day = wibDay(at);
  const through = addDays(day, -1);
  const [missing, stopped] = await Promise.all([
    findMissingReports(JOB_ACTOR, REPORT_DAYS, through),
    findOfficesStoppedScanning(through),
  ]);
  const rows = [...byAgency(missing.offices, "MISSING_REPORTS"), ...byAgency(stopped, "STOPPED_SCANNING")];
  const { count } = await db.reminder.createMany({
    data: rows.map((row) => ({ ...row, day: dateOfDay(day) })),
    skipDuplicates: true,
  });
  return { day, reminders: count };
}

function byAgency(offices: Named[], kind: ReminderKind) {
  const groups = new Map<string, Omit<Named, "agencyId">[]>();
  for (const { agencyId, ...office } of offices) groups.set(agencyId, [...(groups.get(agencyId) ?? []), office]);
  return [...groups].map(([agencyId, named]) => ({ agencyId, kind, offices: named }));
}
