import "server-only";
import cronParser from "cron-parser";
import { realNow } from "@/lib/clock";
import { prisma } from "@/lib/db";
import { JOB_NAMES, JOB_SCHEDULES, JOB_TIME_ZONE, type JobName } from "@/lib/jobs/schedule";

export type JobRun = { state: string; startedOn: Date | null; completedOn: Date | null; output: unknown };

export type JobStatus = {
  name: JobName;
  schedule: string;
  lastRun: JobRun | null;
  /** Runs that failed (after their retries) in the last 7 days. */
  failures7d: number;
  nextRun: Date;
};

/** The next time a schedule fires (the queue's cron runs on the real clock, in WIB). */
export function nextRunOf(name: JobName, after: Date = realNow()): Date {
  return cronParser.parseExpression(JOB_SCHEDULES[name], { tz: JOB_TIME_ZONE, currentDate: after }).next().toDate();
}

/** Every job with its schedule, last finished run, recent failures and next run: /admin/jobs and `jobs:list`. */
export async function findJobStatuses(): Promise<JobStatus[]> {
  const [{ ready }] = await prisma.$queryRaw<
    { ready: boolean }[]
  >`SELECT to_regclass('pgboss.job') IS NOT NULL AS ready`;
  const runs = ready
    ? await prisma.$queryRaw<
        {
          name: string;
          state: string;
          startedOn: Date | null;
          completedOn: Date | null;
          output: unknown;
          failures: number;
        }[]
      >`
        WITH finished AS (
          SELECT name, state::text, started_on, completed_on, output FROM pgboss.job WHERE state IN ('completed', 'failed')
          UNION ALL
          SELECT name, state::text, started_on, completed_on, output FROM pgboss.archive WHERE state IN ('completed', 'failed')
        )
        SELECT DISTINCT ON (name) name, state, started_on AS "startedOn", completed_on AS "completedOn", output,
          (SELECT count(*)::int FROM finished f WHERE f.name = finished.name AND f.state = 'failed'
             AND f.completed_on > now() - interval '7 days') AS failures
        FROM finished ORDER BY name, completed_on DESC NULLS LAST`
    : [];
  const byName = new Map(runs.map((r) => [r.name, r]));
  return JOB_NAMES.map((name) => {
    const run = byName.get(name);
    return {
      name,
      schedule: JOB_SCHEDULES[name],
      lastRun: run
        ? { state: run.state, startedOn: run.startedOn, completedOn: run.completedOn, output: run.output }
        : null,
      failures7d: run?.failures ?? 0,
      nextRun: nextRunOf(name),
    };
  });
}
