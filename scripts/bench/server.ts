// The production build under test: started as its own process group on a free port, signed
// in through next-auth's credentials callback, its memory sampled while the benchmark runs.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { buildApp } from "../build";
import { buildNeeded } from "../lib/build-stamp";
import { waitForHealth } from "../lib/wait-for-health";

export type Server = { url: string; stop: () => Promise<void>; peakRssMb: () => number };

/** A TCP port nothing listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Builds the app when there is no current build (or when asked to). */
export function ensureBuild(force: boolean, log: (line: string) => void): void {
  const why = force ? "asked to" : buildNeeded();
  if (!why) return;
  log(`next build (${why}) …`);
  buildApp();
}

/** Resident memory (MB) of every process in a process group, from /proc. */
function groupRssMb(pgid: number): number {
  let kb = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== pgid) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return kb / 1024;
}

/** The production server (scripts/serve.mjs) against a database, with settings that let the benchmark load it (rate limit raised). */
export async function startServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["scripts/serve.mjs"], {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: "8",
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-0123456789abcdef0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
      RATE_LIMIT_PER_MINUTE: "100000000",
    },
  });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, groupRssMb(child.pid!))), 250);
  await waitForHealth(url, 60);
  return {
    url,
    peakRssMb: () => peak,
    async stop() {
      clearInterval(sampler);
      process.kill(-child.pid!, "SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

/** A session cookie for a demo user (next-auth credentials callback, as the e2e fixture does). */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in of ${email} failed (${response.status})`);
  return session;
}
