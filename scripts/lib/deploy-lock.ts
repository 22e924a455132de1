import pg from "pg";

// Work that instances starting at once must not do side by side, each under its own
// PostgreSQL advisory lock: "migrate and seed" (the first takes the lock and does the work,
// the others wait and find the migrations applied and the data seeded), and the scheduled
// jobs' declaration (pg-boss's createQueue run by two instances at once deadlocks).
const DEPLOY_LOCK_KEY = 1_395_440_2021;
const JOBS_LOCK_KEY = 1_395_440_2022;

/** Runs `work` holding advisory lock `key` of `databaseUrl` (a session lock on its own connection). */
async function withAdvisoryLock<T>(databaseUrl: string, key: number, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [key]);
    return await work();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [key]).catch(() => {});
    await client.end();
  }
}

/** Runs `work` (migrate and seed) holding the deploy lock. */
export const withDeployLock = <T>(databaseUrl: string, work: () => Promise<T>) =>
  withAdvisoryLock(databaseUrl, DEPLOY_LOCK_KEY, work);

/** Runs `work` (declaring the scheduled jobs) holding the jobs' lock. */
export const withJobsLock = <T>(databaseUrl: string, work: () => Promise<T>) =>
  withAdvisoryLock(databaseUrl, JOBS_LOCK_KEY, work);
