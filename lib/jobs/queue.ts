import "server-only";
import PgBoss from "pg-boss";
import { databaseUrl } from "@/lib/env";
import { withJobsLock } from "@/scripts/lib/deploy-lock";
import { log } from "@/lib/log.mjs";
import { metrics } from "@/lib/metrics.mjs";
import { JOB_HANDLERS } from "./handlers";
import { JOB_NAMES, JOB_SCHEDULES, JOB_TIME_ZONE, type JobName } from "./schedule";

// The scheduled jobs run on pg-boss, a kept queue on PostgreSQL (the embedded database too):
// every instance schedules and works the same queues, and the queue makes each scheduled run
// one job, taken by one instance (SELECT … FOR UPDATE SKIP LOCKED), retried with back-off
// when it fails. A queue is "stately": a run queued while another waits is the same run.

const QUEUE_OPTIONS = { policy: "stately", retryLimit: 4, retryDelay: 60, retryBackoff: true, expireInSeconds: 3600 };

/** pg-boss on SIGAP's database, its tables in their own schema (pgboss), two connections. */
export function jobQueue(): PgBoss {
  const boss = new PgBoss({
    connectionString: databaseUrl(),
    max: 2,
    application_name: "sigap-jobs",
    // A worker looks for work every 10 s: jobs run daily, and the embedded database is shared.
    pollingIntervalSeconds: 10,
  });
  boss.on("error", (error) => log().error({ err: error }, "job queue error"));
  return boss;
}

/** Runs one job's handler, counting the run; a failure is thrown back for the queue to retry. */
export async function runJob(name: JobName): Promise<Record<string, unknown>> {
  const started = performance.now();
  try {
    const output = await JOB_HANDLERS[name]();
    metrics().jobRuns.inc({ job: name, outcome: "ok" });
    log().info({ job: name, ms: Math.round(performance.now() - started), output }, "job done");
    return output;
  } catch (error) {
    metrics().jobRuns.inc({ job: name, outcome: "failed" });
    log().error({ job: name, err: error }, "job failed");
    throw error;
  }
}

/**
 * Makes every job's queue and schedule. Idempotent, and one instance at a time: instances
 * started together would otherwise deadlock in pg-boss's createQueue on PostgreSQL.
 */
export async function declareJobs(boss: PgBoss): Promise<void> {
  await withJobsLock(databaseUrl(), async () => {
    for (const name of JOB_NAMES) {
      await boss.createQueue(name, { name, ...QUEUE_OPTIONS } as PgBoss.Queue);
      await boss.schedule(name, JOB_SCHEDULES[name], {}, { tz: JOB_TIME_ZONE });
    }
  });
}

/** Starts this instance's share of the scheduled work: declares the jobs and works their queues. */
export async function startJobWorker(): Promise<PgBoss> {
  const boss = jobQueue();
  await boss.start();
  await declareJobs(boss);
  for (const name of JOB_NAMES) await boss.work(name, async () => runJob(name));
  return boss;
}

/**
 * Queues a run of `name` now and waits for it (`npm run cli -- jobs:run`): whichever instance
 * (or this process) takes it runs it once. Resolves with the finished job.
 */
export async function runJobNow(boss: PgBoss, name: JobName, timeoutMs = 600_000) {
  const id = (await boss.send(name, {})) ?? null;
  if (!id) throw new Error(`${name}: a run is already queued; it runs once.`);
  const until = performance.now() + timeoutMs;
  for (;;) {
    const job = await boss.getJobById(name, id, { includeArchive: true });
    if (job && ["completed", "failed", "cancelled"].includes(job.state)) return job;
    if (performance.now() > until) throw new Error(`${name}: no result after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
