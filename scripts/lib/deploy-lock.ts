import pg from "pg";

// One key for "migrate and seed": any number of instances may start at once against an empty
// database; the first takes the lock and does the work, the others wait for it and then find
// the migrations applied and the data seeded (both are no-ops the second time).
const DEPLOY_LOCK_KEY = 1_395_440_2021;

/** Runs `work` holding the deploy advisory lock of `databaseUrl` (a session lock on its own connection). */
export async function withDeployLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [DEPLOY_LOCK_KEY]);
    return await work();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [DEPLOY_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
