// SIGAP's scheduled jobs: what runs when (cron in WIB, evaluated on the real clock by the
// queue; each job then acts on SIGAP's business clock, lib/clock.ts). Plain data, read by the
// queue (lib/jobs/queue.ts), /admin/jobs and `npm run cli -- jobs:list`.

/** The hour (WIB) the month-close job runs: a month's release is dated then on its release day. */
export const MONTH_CLOSE_HOUR_WIB = 1;

export const JOB_NAMES = [
  "month-close",
  "release-revisions",
  "backup",
  "event-retention",
  "clean-up",
  "reminders",
  "weekly-digest",
  "mail",
] as const;
export type JobName = (typeof JOB_NAMES)[number];

export const JOB_TIME_ZONE = "Asia/Jakarta";

/** Each job's schedule (cron, WIB). Every job is idempotent: a missed day is caught up by the next run. */
export const JOB_SCHEDULES: Record<JobName, string> = {
  "month-close": `0 ${MONTH_CLOSE_HOUR_WIB} * * *`,
  "release-revisions": "0 2 * * *",
  backup: "30 2 * * *",
  "event-retention": "0 3 * * *",
  "clean-up": "30 3 * * *",
  // Before offices open: an agency admin starts the day with what needs them.
  reminders: "0 7 * * *",
  // Monday morning: the task force's week in numbers.
  "weekly-digest": "0 7 * * 1",
  // Every minute: messages a change queued and could not send at once, tried again with back-off.
  mail: "* * * * *",
};

/** A daily schedule's time of day, "01.00" for "0 1 * * *"; null for any other schedule. */
export function dailyTime(cron: string): string | null {
  const match = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron);
  return match ? `${match[2].padStart(2, "0")}.${match[1].padStart(2, "0")}` : null;
}

export function isJobName(name: string): name is JobName {
  return (JOB_NAMES as readonly string[]).includes(name);
}

/** A weekly schedule's day (0 = Sunday) and time, { weekday: 1, time: "07.00" } for "0 7 * * 1"; else null. */
export function weeklyTime(cron: string): { weekday: number; time: string } | null {
  const match = /^(\d{1,2}) (\d{1,2}) \* \* ([0-6])$/.exec(cron);
  return match
    ? { weekday: Number(match[3]), time: `${match[2].padStart(2, "0")}.${match[1].padStart(2, "0")}` }
    : null;
}
