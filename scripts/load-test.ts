// `npm run test:load`: what an anonymous attacker can throw at SIGAP, while a health check is
// timed. The production build on a fresh embedded database (what `npm start` runs), all on
// 127.0.0.0/8 of this machine: 300 sign-ins at once from one address and from 30 (sockets
// bound to 127.0.0.2–31, so the server sees 30 peers), 3 000 events requests with random
// keys, 40 000 requests to random paths. Checks: /api/health answers within 200 ms at p95
// during each burst, at most 30 passwords of one address are checked, and /api/metrics stays
// under 1 MB. The attacking loops run niced (on a real network they are not the server's CPU);
// the health check is timed from its own process. Prints each check and a closing "load: N passed, M failed"; writes
// reports/load.json. `-- --smoke` sends a tenth of each burst.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { setPriority, tmpdir } from "node:os";
import { createInterface } from "node:readline";
import path from "node:path";
import { ADDRESS_FAILURES } from "@/lib/auth/sign-in-limits";
import { ensureBuild, freePort } from "./bench/server";
import { waitForHealth } from "./lib/wait-for-health";

const smoke = process.argv.includes("--smoke");
const scale = (n: number) => (smoke ? Math.ceil(n / 10) : n);
const PORT = await freePort();
const BASE = `http://127.0.0.1:${PORT}`;
const METRICS_TOKEN = `load-${randomBytes(12).toString("hex")}`;
const HEALTH_P95_MS = 200;
const METRICS_MAX_BYTES = 1024 * 1024;

type Answer = { status: number; body: string; headers: Record<string, string | string[] | undefined> };

const agents = new Map<string, Agent>();
/** A keep-alive agent whose sockets leave from `address` (any address of 127.0.0.0/8 is this machine). */
const agentFrom = (address: string) => {
  if (!agents.has(address)) agents.set(address, new Agent({ keepAlive: true, maxSockets: 64, localAddress: address }));
  return agents.get(address)!;
};

function send(
  method: string,
  pathname: string,
  { from = "127.0.0.1", headers = {}, body }: { from?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${BASE}${pathname}`,
      {
        method,
        agent: agentFrom(from),
        headers: { ...headers, ...(body ? { "content-length": Buffer.byteLength(body) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }),
        );
      },
    );
    req.on("error", reject);
    req.setTimeout(120_000, () => req.destroy(new Error(`timeout ${pathname}`)));
    req.end(body);
  });
}

/** Runs `jobs` with at most `concurrency` in flight. */
async function pool<T>(count: number, concurrency: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await job(i);
      }
    }),
  );
  return results;
}

type HealthTimes = { p95: number; max: number; samples: number };

/** The health sampler (scripts/lib/health-sampler.mjs): started before this process lowers its priority. */
function startSampler(): { timed: (burst: () => Promise<unknown>) => Promise<HealthTimes>; stop: () => void } {
  const sampler = spawn(process.execPath, ["scripts/lib/health-sampler.mjs", BASE], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: sampler.stdout })[Symbol.asyncIterator]();
  return {
    /** /api/health timed every 100 ms while `burst` runs: p95 and worst, in ms. */
    async timed(burst) {
      sampler.stdin.write("start\n");
      await new Promise((r) => setTimeout(r, 300));
      await burst();
      sampler.stdin.write("stop\n");
      return JSON.parse(String((await lines.next()).value)) as HealthTimes;
    },
    stop: () => sampler.stdin.end(),
  };
}

/** A CSRF token and its cookie for sign-ins from `from` (next-auth's double-submit). */
async function csrf(from: string): Promise<{ token: string; cookie: string }> {
  const answer = await send("GET", "/api/auth/csrf", { from });
  const cookie = [answer.headers["set-cookie"] ?? []]
    .flat()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { token: (JSON.parse(answer.body) as { csrfToken: string }).csrfToken, cookie };
}

/** `count` sign-ins with unknown emails, sent at once, spread over `addresses`: statuses by address. */
async function signInBurst(addresses: string[], count: number): Promise<Map<string, number[]>> {
  const tokens = new Map(await Promise.all(addresses.map(async (a) => [a, await csrf(a)] as const)));
  const statuses = new Map(addresses.map((a) => [a, [] as number[]]));
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const from = addresses[i % addresses.length];
      const { token, cookie } = tokens.get(from)!;
      const body = new URLSearchParams({
        email: `tebak-${i}-${randomBytes(4).toString("hex")}@x.go.id`,
        password: "coba-coba-saja-panjang",
        csrfToken: token,
        json: "true",
      }).toString();
      const answer = await send("POST", "/api/auth/callback/credentials", {
        from,
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        body,
      });
      statuses.get(from)!.push(answer.status);
    }),
  );
  return statuses;
}

type Check = { name: string; ok: boolean; detail: string };
const checks: Check[] = [];
function check(name: string, ok: boolean, detail: string) {
  checks.push({ name, ok, detail });
  console.log(`${ok ? "✓" : "✗"} ${name}: ${detail}`);
}
const tally = (statuses: number[]) =>
  Object.entries(statuses.reduce<Record<number, number>>((t, s) => ((t[s] = (t[s] ?? 0) + 1), t), {}))
    .map(([s, n]) => `${n}×${s}`)
    .join(", ");
const healthCheck = (name: string, health: HealthTimes) =>
  check(
    `${name}: /api/health p95 < ${HEALTH_P95_MS} ms`,
    health.p95 < HEALTH_P95_MS,
    `p95 ${health.p95} ms, worst ${health.max} ms, ${health.samples} samples`,
  );

/** This environment without a database server or Redis: the embedded database `npm start` runs. */
function embeddedEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _db, DATABASE_REPLICA_URL: _replica, REDIS_URL: _redis, ...rest } = process.env;
  return rest;
}

async function main(): Promise<number> {
  ensureBuild(false, (line) => console.log(line));
  const dataDir = mkdtempSync(path.join(tmpdir(), "sigap-load-"));
  const server = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/start.ts", "--reset-embedded-data"],
    {
      detached: true,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...embeddedEnv(),
        PORT: String(PORT),
        SIGAP_DATA_DIR: dataDir,
        METRICS_TOKEN,
        LOG_LEVEL: "warn",
      },
    },
  );
  try {
    await waitForHealth(BASE, 300);
    const sampler = startSampler();
    // The attacker's own work is not the server's: on a real network it runs elsewhere; here it
    // shares two cores, so it runs at the lowest priority (the server and the sampler do not).
    setPriority(19);
    // A server in operation has loaded each route's code: the first request to a route loads it
    // (hundreds of milliseconds, once), which is not what a burst costs.
    await signInBurst(["127.0.0.250"], 1);
    await send("POST", "/api/v1/events", {
      from: "127.0.0.250",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    await send("GET", "/belum-dimuat", { from: "127.0.0.250" });
    console.log(`SIGAP up at ${BASE} (embedded database in ${dataDir})${smoke ? ", smoke size" : ""}`);

    let one = new Map<string, number[]>();
    healthCheck(
      `${scale(300)} sign-ins at once from one address`,
      await sampler.timed(async () => (one = await signInBurst(["127.0.0.1"], scale(300)))),
    );
    const statuses = one.get("127.0.0.1")!;
    check(
      `one address: at most ${ADDRESS_FAILURES} passwords checked (401), the rest refused (429/503)`,
      statuses.filter((s) => s === 401).length <= ADDRESS_FAILURES &&
        statuses.every((s) => [401, 429, 503].includes(s)),
      tally(statuses),
    );

    const many = Array.from({ length: 30 }, (_, i) => `127.0.0.${i + 2}`);
    let spread = new Map<string, number[]>();
    healthCheck(
      `${scale(300)} sign-ins at once from 30 addresses`,
      await sampler.timed(async () => (spread = await signInBurst(many, scale(300)))),
    );
    const all = [...spread.values()].flat();
    check(
      "30 addresses: every sign-in answered 401, 429 or 503",
      all.every((s) => [401, 429, 503].includes(s)),
      tally(all),
    );

    let keys: Answer[] = [];
    healthCheck(
      `${scale(3000)} events requests with random keys`,
      await sampler.timed(async () => {
        keys = await pool(scale(3000), 50, () =>
          send("POST", "/api/v1/events", {
            from: "127.0.0.40",
            headers: {
              "content-type": "application/json",
              authorization: `Bearer sgp_${randomBytes(16).toString("hex")}`,
            },
            body: '{"events":[]}',
          }),
        );
      }),
    );
    check(
      "random keys: refused 401 then 429",
      keys.every((k) => k.status === 401 || k.status === 429),
      tally(keys.map((k) => k.status)),
    );

    let paths: Answer[] = [];
    healthCheck(
      `${scale(40_000)} requests to random paths`,
      await sampler.timed(async () => {
        paths = await pool(scale(40_000), 32, () => {
          const segments = Array.from({ length: 1 + Math.floor(Math.random() * 3) }, () =>
            randomBytes(6).toString("hex"),
          );
          return send("GET", `/${segments.join("/")}`, { from: "127.0.0.41" });
        });
      }),
    );
    // A 503 would be the server's own refusal of a client with too many requests waiting (Retry-After).
    check(
      "random paths: 404, or 503 with Retry-After when too many wait",
      paths.every((p) => p.status === 404 || (p.status === 503 && p.headers["retry-after"] === "1")),
      tally(paths.map((p) => p.status)),
    );
    const scrape = await send("GET", "/api/metrics", { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    check(
      "/api/metrics under 1 MB after them",
      scrape.status === 200 && scrape.body.length < METRICS_MAX_BYTES,
      `${scrape.status}, ${(scrape.body.length / 1024).toFixed(0)} KB, ${scrape.body.split("\n").length} lines`,
    );
    sampler.stop();
  } finally {
    for (const agent of agents.values()) agent.destroy();
    process.kill(-server.pid!, "SIGTERM");
    await new Promise((r) => server.once("exit", r));
    rmSync(dataDir, { recursive: true, force: true });
  }
  const failed = checks.filter((c) => !c.ok).length;
  mkdirSync("reports", { recursive: true });
  writeFileSync(
    "reports/load.json",
    JSON.stringify({ numPassedTests: checks.length - failed, numFailedTests: failed, checks }, null, 2),
  );
  console.log(`load: ${checks.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
