// `npm start`: brings SIGAP up with one command. Without DATABASE_URL it starts the
// embedded PGlite database under ./data, migrates it, seeds demo data when empty,
// builds the app if needed, then runs Next. Ctrl-C stops Next first, then closes the
// database cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { startEmbeddedServer, type EmbeddedServer } from "@/lib/embedded/pglite-server";
import { clearEmbeddedState, runningEmbeddedSocket, writeEmbeddedState } from "@/lib/embedded/embedded-state";
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo-users";
import { buildAppInBackground } from "./build";
import { buildNeeded } from "./lib/build-stamp";
import { migrateDeploy } from "./lib/prisma-cli";
import { withDeployLock } from "./lib/deploy-lock";
import { useDemoClock } from "./lib/demo-clock";
import { resolveAuthSecret } from "./lib/secret";
import { dataDir, pgDataDir, socketDir } from "./lib/with-database";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const dir = dataDir();
const startedAt = new Date().toISOString();

let embedded: EmbeddedServer | undefined;
let next: ChildProcess | undefined;
let stopping = false;

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (process.argv.includes("--reset-embedded-data")) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });

  // The demo's data are seeded on the demo's clock: releases dated on their release days. Every
  // process of this start (seed, server, jobs) shares the anchor; SIGAP_DEMO=off keeps the real clock.
  if (process.env.SIGAP_DEMO !== "off") useDemoClock(startedAt);
  if (!process.env.DATABASE_URL) {
    if (await runningEmbeddedSocket(dir))
      throw new Error(`SIGAP is already running on the embedded database in ${dir}.`);
    embedded = await startEmbeddedServer({ dataDir: pgDataDir(), socketDir: socketDir() });
    writeEmbeddedState(dir, { socketDir: embedded.socketDir, pid: process.pid });
    process.env.DATABASE_URL = embedded.url;
    // One connection: PGlite runs one query at a time anyway, and its socket multiplexer
    // mixes up concurrent extended-protocol queries from different connections
    // ("bind message supplies N parameters, but prepared statement requires M").
    process.env.DATABASE_POOL_MAX ??= "1";
    log(`Embedded database (PGlite) ready in ${dir}`);
  }
  const secret = resolveAuthSecret({ embedded: Boolean(embedded), dataDir: dir });

  // Built again when the code changed since the last build (a git pull), not only the first
  // time; while the database is migrated and seeded, since the build reads no data.
  const why = dev ? null : buildNeeded();
  if (why) log(`Building the app (${why}) while the database is prepared: about a minute on two cores…`);
  const built = why ? buildAppInBackground() : Promise.resolve();
  // A failed build must not go unheard while the seed runs; it is thrown below.
  built.catch(() => undefined);

  // Instances started at once against an empty database: one migrates and seeds, the others
  // wait for it on the same advisory lock, then find the work done.
  await withDeployLock(process.env.DATABASE_URL!, async () => {
    log("Applying migrations…");
    await migrateDeploy(process.env.DATABASE_URL!);
    await seedIfEmpty();
  });

  await built;
  const url = `http://localhost:${port}`;
  // Production runs scripts/serve.mjs (Next behind a server that records the client's address).
  const command = dev ? [nextBin, "dev", "-p", String(port)] : ["scripts/serve.mjs"];
  next = spawn(process.execPath, command, {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: dev ? "development" : "production",
      PORT: String(port),
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
    },
  });
  next.on("exit", (code) => void shutdown(code ?? 0));
  await waitForHealth(url);
  printWelcome(url);
}

async function seedIfEmpty(): Promise<void> {
  const { prisma } = await import("@/lib/db");
  const { isSeeded, seedDemo, seedReference } = await import("@/prisma/seed/index");
  if (!(await isSeeded(prisma))) {
    const demo = process.env.SIGAP_DEMO !== "off";
    log(
      demo
        ? "Empty database: seeding the Kota Bekasi demo data…"
        : "Empty database: seeding reference data (SIGAP_DEMO=off)…",
    );
    await (demo ? seedDemo : seedReference)(prisma, (line) => log(`  ${line}`));
  }
  await prisma.$disconnect();
}

async function waitForHealth(url: string): Promise<void> {
  for (let attempt = 0; attempt < 240 && !stopping; attempt++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

function printWelcome(url: string): void {
  const logins = Object.entries(DEMO_USERS).map(([role, u]) => `    ${role.padEnd(13)} ${u.email}`);
  log(
    [
      `SIGAP is running at ${url}`,
      ...(embedded
        ? [
            `  Demo logins (password: ${DEMO_PASSWORD}):`,
            ...logins,
            `  The admin also asks for a code: add the key ${DEMO_ADMIN_TOTP_SECRET} to an authenticator app.`,
          ]
        : []),
      "  Press Ctrl-C to stop.",
    ].join("\n"),
  );
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (next && next.exitCode === null) {
    next.kill("SIGTERM");
    await new Promise((r) => next!.once("exit", r));
  }
  if (embedded) {
    await embedded.stop();
    clearEmbeddedState(dir);
    log("Embedded database closed.");
  }
  process.exit(code);
}

function log(message: string): void {
  console.log(`[sigap] ${message}`);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
main().catch(async (error: unknown) => {
  console.error(`[sigap] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
