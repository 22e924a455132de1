import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { agenciesOf } from "@/lib/auth/scope";
import { addDays, dateOfDay, dayOfDate, type Day } from "@/lib/day";
import { today } from "@/lib/clock";
import { readDb } from "@/lib/read-db";

export type ReminderRow = {
  day: Day;
  kind: "MISSING_REPORTS" | "STOPPED_SCANNING";
  offices: { code: string; name: string; days?: string[] }[];
};

/** The reminders of the last `days` days (SIGAP's clock) for the agencies an actor reaches, newest first. */
export async function findRecentReminders(actor: Actor, days = 7): Promise<ReminderRow[]> {
  const db = await readDb();
  const rows = await db.reminder.findMany({
    where: { agency: agenciesOf(actor), day: { gte: dateOfDay(addDays(today(), -(days - 1))) } },
    orderBy: [{ day: "desc" }, { kind: "asc" }],
    take: 20,
  });
  return rows.map((r) => ({ day: dayOfDate(r.day), kind: r.kind, offices: r.offices as ReminderRow["offices"] }));
}
