// `npm run cli -- <command> [options]`: the admin CLI. Works on DATABASE_URL, or on the
// embedded database — also while `npm start` holds it (see scripts/lib/with-database.ts).
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { checkpointLink } from "@/lib/checkpoint/link-token";
import { readPassword } from "./lib/read-password";
import { withDatabase } from "./lib/with-database";

const USAGE = `SIGAP admin CLI

  npm run cli -- user:create --email EMAIL --role ROLE [--agency CODE] [--name NAME]
      Creates a user. Roles: ADMIN, TASKFORCE, HUMAS, AGENCY_ADMIN (needs --agency).
      The password is asked for, or read from stdin when piped.
  npm run cli -- user:password --email EMAIL
      Sets a new password (asked for, or read from stdin) and signs the user out everywhere.
  npm run cli -- user:activate --email EMAIL
      Reactivates an account (e.g. the last admin, deactivated by another at the same moment).
  npm run cli -- apikey:create --office CODE [--label LABEL]
      Creates an API key for an office's scanner; prints the key once.
  npm run cli -- checkpoint:create --office CODE [--label LABEL] [--base-url URL]
      Creates a checkpoint link for an office's desk tablet; prints it once, whole
      (https://HOST/pos/CODE#t=…): on --base-url, else NEXTAUTH_URL, else http://localhost:PORT.
  npm run cli -- office:list [--agency CODE]
      Lists offices: code, name, kecamatan (tab-separated).
  npm run cli -- releases:list
      Lists released months: month, version, published at, late visits pending (tab-separated).
  npm run cli -- releases:publish [--month YYYY-MM]
      Publishes a revision of each month with late visits pending (or of one month) where the
      audit against the published version allows it; the others stay as they are.
  npm run cli -- jobs:list
      Lists the scheduled jobs: name, schedule (WIB), last run, outcome, failures in 7 days,
      next run (tab-separated).
  npm run cli -- jobs:run --job NAME
      Queues a run of a scheduled job now and waits for it; whichever instance (or this
      process) takes it runs it once. Jobs: month-close, release-revisions, backup, reminders,
      event-retention, clean-up.
  npm run cli -- events:prune
      Deletes the raw visit events of months older than EVENT_RETENTION_MONTHS that are final
      (released, no late visit pending); rollups and published releases stay. Run it monthly.
  npm run cli -- backup --file PATH
      Writes every table to PATH (gzipped JSON lines, readable by this OS user only), from one
      consistent snapshot. Works on the embedded database and on PostgreSQL alike.
  npm run cli -- restore --file PATH
      Restores a backup into an empty database (migrated to the same version) in one
      transaction: everything or, on any problem, nothing.`;

const CLI_ACTOR = { label: "cli" };

type Options = Record<string, string | undefined>;

async function userCreate(options: Options): Promise<void> {
  const { prisma } = await import("@/lib/db");
  const { createUser } = await import("@/lib/services/users");
  const password = await readPassword("Kata sandi: ");
  const user = await createUser(prisma, CLI_ACTOR, {
    email: options.email ?? "",
    name: options.name ?? options.email?.split("@")[0] ?? "",
    role: (options.role ?? "") as "ADMIN",
    agencyCode: options.agency,
    password,
  });
  console.log(`Created ${user.role} ${user.email} (${user.id})`);
}

async function userPassword(options: Options): Promise<void> {
  const { prisma } = await import("@/lib/db");
  const { setPassword } = await import("@/lib/services/users");
  const password = await readPassword("Kata sandi baru: ");
  const { revokedSessions } = await setPassword(prisma, CLI_ACTOR, options.email ?? "", password);
  console.log(`Password of ${options.email} changed; ${revokedSessions} session(s) ended.`);
}

async function userActivate(options: Options): Promise<void> {
  const { prisma } = await import("@/lib/db");
  const { activateUserByEmail } = await import("@/lib/services/users");
  const user = await activateUserByEmail(prisma, CLI_ACTOR, options.email ?? "");
  console.log(`Account ${user.email} (${user.role}) is active again.`);
}

/** A scanner's API key (prints the key) or a desk's checkpoint link (prints its address), shown once. */
async function officeKeyCreate(kind: "SCANNER" | "CHECKPOINT", options: Options): Promise<void> {
  const { prisma } = await import("@/lib/db");
  const { createApiKey } = await import("@/lib/services/api-keys");
  const label = options.label ?? (kind === "CHECKPOINT" ? "Tablet" : "Pemindai");
  const created = await createApiKey(prisma, CLI_ACTOR, { officeCode: options.office ?? "", label, kind });
  const what = kind === "CHECKPOINT" ? "Checkpoint link" : "API key";
  console.error(`${what} for office ${created.officeCode} (${created.label}). It is shown only now; store it safely:`);
  console.log(
    kind === "CHECKPOINT"
      ? checkpointLink(
          created.officeCode,
          created.key,
          options["base-url"] ?? env().NEXTAUTH_URL ?? `http://localhost:${env().PORT}`,
        )
      : created.key,
  );
}

async function officeList(options: Options): Promise<void> {
  const { prisma } = await import("@/lib/db");
  if (options.agency && !(await prisma.agency.findUnique({ where: { code: options.agency } }))) {
    throw new AppError("NOT_FOUND", `Instansi ${options.agency} tidak ditemukan.`);
  }
  const offices = await prisma.office.findMany({
    where: { archivedAt: null, ...(options.agency ? { agency: { code: options.agency } } : {}) },
    include: { kelurahan: { include: { kecamatan: true } } },
    orderBy: { code: "asc" },
  });
  for (const office of offices) console.log([office.code, office.name, office.kelurahan.kecamatan.name].join("\t"));
}

async function releasesList(): Promise<void> {
  const { findReleasedMonths } = await import("@/lib/data/public-releases");
  for (const m of await findReleasedMonths())
    console.log([m.month, `v${m.version}`, m.publishedAt.toISOString(), m.lateEvents].join("\t"));
}

async function releasesPublish(options: Options): Promise<void> {
  const { prisma } = await import("@/lib/db");
  const { findReleasedMonths } = await import("@/lib/data/public-releases");
  const { publishRevision } = await import("@/lib/services/public-releases");
  const months = (await findReleasedMonths()).filter((m) =>
    options.month ? m.month === options.month : m.lateEvents > 0,
  );
  if (options.month && months.length === 0)
    throw new AppError("NOT_FOUND", `Bulan ${options.month} belum pernah dirilis.`);
  const { announcePublicChange } = await import("@/lib/api/revalidate-public");
  for (const { month } of months) {
    const result = await publishRevision(prisma, CLI_ACTOR, month);
    // The running instances make their public pages again (with REDIS_URL; else within 5 minutes).
    if (result.published) await announcePublicChange();
    console.log(
      result.published
        ? `${month}: published version ${result.version} with ${result.lateEvents} late visits (erratum written)`
        : result.reason === "exposes"
          ? `${month}: kept as it is; publishing ${result.lateEvents} late visits now would expose ${result.exposed} numbers`
          : result.reason === "withdraws"
            ? `${month}: kept as it is; publishing ${result.lateEvents} late visits now would hide ${result.withdrawn} of the ${result.shown} numbers published`
            : `${month}: kept as it is; ${result.lateEvents} late visits are too few to publish, even as a "reported late" row`,
    );
  }
}

async function eventsPrune(): Promise<void> {
  const { prisma } = await import("@/lib/db");
  const { keptFromMonth, pruneRawEvents } = await import("@/lib/services/event-retention");
  const keptFrom = keptFromMonth();
  if (!keptFrom) throw new Error("EVENT_RETENTION_MONTHS is not set: every raw event is kept.");
  const { pruned, waiting } = await pruneRawEvents(prisma, keptFrom);
  for (const { month, events } of pruned)
    console.log(`${month}: ${events} raw events deleted (rollups and releases kept)`);
  for (const month of waiting) console.log(`${month}: kept, not final yet (not released, or late visits pending)`);
  if (pruned.length + waiting.length === 0) console.log(`No month before ${keptFrom} holds raw events.`);
}

async function backup(options: Options): Promise<void> {
  const { pool } = await import("@/lib/db-pool");
  const { backupDatabase } = await import("./lib/backup");
  if (!options.file) throw new Error("--file PATH is required");
  const counts = await backupDatabase(pool(), options.file);
  console.log(
    `Backed up ${Object.values(counts).reduce((a, b) => a + b, 0)} rows of ${Object.keys(counts).length} tables to ${options.file}`,
  );
}

async function restore(options: Options): Promise<void> {
  const { pool } = await import("@/lib/db-pool");
  const { restoreDatabase } = await import("./lib/backup");
  const { migrateDeploy } = await import("./lib/prisma-cli");
  if (!options.file) throw new Error("--file PATH is required");
  await migrateDeploy(process.env.DATABASE_URL!);
  const counts = await restoreDatabase(pool(), options.file);
  console.log(
    `Restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows of ${Object.keys(counts).length} tables from ${options.file}`,
  );
}

async function jobsList(): Promise<void> {
  const { findJobStatuses } = await import("@/lib/data/job-statuses");
  for (const job of await findJobStatuses())
    console.log(
      [
        job.name,
        job.schedule,
        job.lastRun?.completedOn?.toISOString() ?? "never",
        job.lastRun?.state ?? "-",
        `${job.failures7d} failed in 7 days`,
        job.nextRun.toISOString(),
      ].join("\t"),
    );
}

async function jobsRun(options: Options): Promise<void> {
  const { isJobName, JOB_NAMES } = await import("@/lib/jobs/schedule");
  const { declareJobs, jobQueue, runJob, runJobNow } = await import("@/lib/jobs/queue");
  const name = options.job ?? "";
  if (!isJobName(name)) throw new Error(`--job: one of ${JOB_NAMES.join(", ")}`);
  const boss = jobQueue();
  await boss.start();
  try {
    await declareJobs(boss);
    await boss.work(name, async () => runJob(name));
    const job = await runJobNow(boss, name);
    console.log(`${name}: ${job.state}`, JSON.stringify(job.output));
    if (job.state !== "completed") process.exitCode = 1;
  } finally {
    await boss.stop({ graceful: true, wait: true });
  }
}

const COMMANDS: Record<string, (options: Options) => Promise<void>> = {
  "jobs:list": jobsList,
  "jobs:run": jobsRun,
  backup,
  restore,
  "releases:list": releasesList,
  "releases:publish": releasesPublish,
  "events:prune": eventsPrune,
  "user:create": userCreate,
  "user:password": userPassword,
  "user:activate": userActivate,
  "apikey:create": (options) => officeKeyCreate("SCANNER", options),
  "checkpoint:create": (options) => officeKeyCreate("CHECKPOINT", options),
  "office:list": officeList,
};

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: "string" },
      role: { type: "string" },
      agency: { type: "string" },
      name: { type: "string" },
      office: { type: "string" },
      label: { type: "string" },
      "base-url": { type: "string" },
      month: { type: "string" },
      file: { type: "string" },
      job: { type: "string" },
      help: { type: "boolean" },
    },
  });
  const command = COMMANDS[positionals[0] ?? ""];
  if (!command || values.help) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  await withDatabase(() => command(values as Options));
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    if (error instanceof AppError) {
      console.error(`Error: ${error.message}`);
      for (const [field, messages] of Object.entries(error.fieldErrors ?? {}))
        console.error(`  --${field}: ${messages.join("; ")}`);
    } else {
      console.error(error instanceof Error ? error.message : error);
    }
    process.exit(1);
  });
