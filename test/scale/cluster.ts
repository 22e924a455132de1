// The scale test's deployment, all on this machine from Debian's packages: a PostgreSQL primary
// and a streaming replica made from it with pg_basebackup (replaying 3 s behind, so a read that
// should have gone to the primary shows), a Redis, two production instances of SIGAP
// (scripts/serve.mjs) and nginx in front of them. Nothing of the machine's own services is
// touched: every server has its own port and directory under /tmp.
import { execFileSync, spawn } from "node:child_process";
import {
  appendFileSync,
  existsSync,
  openSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { buildApp } from "../../scripts/build";
import { buildNeeded } from "../../scripts/lib/build-stamp";
import { waitForHealth } from "../../scripts/lib/wait-for-health";
import { DEMO_CLOCK_START } from "../../prisma/seed/demo-clock";

export const ROOT = "/tmp/sigap-scale";
const STATE_FILE = path.join(ROOT, "cluster.json");
const CLOCK_ANCHOR_FILE = path.join(ROOT, "clock-anchor");

/**
 * The deployment runs on the demo's clock, as `npm start` does, every process of it on the
 * same one: the seed and both instances (also one restarted later) start SIGAP's clock at the
 * demo's instant as of the moment the cluster came up (lib/clock.ts).
 */
function clockEnv(): Record<string, string> {
  return { SIGAP_CLOCK_START: DEMO_CLOCK_START, SIGAP_CLOCK_ANCHOR: readFileSync(CLOCK_ANCHOR_FILE, "utf8") };
}

export const PORTS = { primary: 55432, replica: 55433, redis: 56379, a: 3201, b: 3202, nginx: 8480 } as const;
/** How far behind the replica replays: long enough that a read sent there by mistake sees old data. */
export const REPLICA_DELAY_SECONDS = 3;
export const METRICS_TOKEN = "scale-metrics-token-0123456789";
const SECRET = "scale-test-secret-0123456789abcdef0123456789";

export const urls = {
  primary: `postgresql://postgres@127.0.0.1:${PORTS.primary}/sigap`,
  replica: `postgresql://postgres@127.0.0.1:${PORTS.replica}/sigap`,
  redis: `redis://127.0.0.1:${PORTS.redis}`,
  a: `http://127.0.0.1:${PORTS.a}`,
  b: `http://127.0.0.1:${PORTS.b}`,
  nginx: `http://127.0.0.1:${PORTS.nginx}`,
};

type Instance = "a" | "b";
export type ClusterState = { instances: Record<Instance, number> };

const started = Date.now();
const log = (line: string) => console.log(`[scale ${((Date.now() - started) / 1000).toFixed(0)} s] ${line}`);

function postgresBin(tool: string): string {
  const version = readdirSync("/usr/lib/postgresql").sort().at(-1);
  return `/usr/lib/postgresql/${version}/bin/${tool}`;
}

/** Runs a PostgreSQL tool as the postgres user (PostgreSQL refuses to run as root). */
function asPostgres(tool: string, args: string[]): void {
  const root = process.getuid?.() === 0;
  const [command, all] = root
    ? ["runuser", ["-u", "postgres", "--", postgresBin(tool), ...args]]
    : [postgresBin(tool), args];
  execFileSync(command as string, all as string[], { stdio: ["ignore", "ignore", "inherit"] });
}

function psqlPrimary(sql: string): void {
  execFileSync("psql", ["-h", "127.0.0.1", "-p", String(PORTS.primary), "-U", "postgres", "-qc", sql]);
}

function startPostgres(): void {
  const primary = path.join(ROOT, "primary");
  const replica = path.join(ROOT, "replica");
  asPostgres("initdb", ["-D", primary, "-A", "trust", "-U", "postgres", "--no-sync"]);
  appendFileSync(
    path.join(primary, "postgresql.conf"),
    [
      `port = ${PORTS.primary}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${ROOT}'`,
      "wal_level = replica",
      "max_wal_senders = 4",
      // A test deployment: nothing flushed to disk (the test kills app instances, never the database).
      "fsync = off",
      "",
    ].join("\n"),
  );
  asPostgres("pg_ctl", ["-D", primary, "-l", path.join(ROOT, "primary.log"), "-w", "start"]);
  psqlPrimary("CREATE DATABASE sigap");
  log("primary up; migrating and seeding the demo data (about a minute)…");
  execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/seed.ts"], {
    stdio: ["ignore", openSync(path.join(ROOT, "seed.log"), "w"), "inherit"],
    env: { ...process.env, ...clockEnv(), DATABASE_URL: urls.primary },
  });
  // The replica: a copy of the primary that follows its WAL (-R writes the standby settings).
  asPostgres("pg_basebackup", [
    "-h",
    "127.0.0.1",
    "-p",
    String(PORTS.primary),
    "-U",
    "postgres",
    "-D",
    replica,
    "-R",
    "-X",
    "stream",
    // At once: the default waits for the next spread checkpoint (minutes on an idle primary).
    "--checkpoint=fast",
  ]);
  appendFileSync(
    path.join(replica, "postgresql.conf"),
    [`port = ${PORTS.replica}`, `recovery_min_apply_delay = '${REPLICA_DELAY_SECONDS}s'`, "hot_standby = on", ""].join(
      "\n",
    ),
  );
  asPostgres("pg_ctl", ["-D", replica, "-l", path.join(ROOT, "replica.log"), "-w", "start"]);
  log("streaming replica up");
}

function startRedis(): void {
  execFileSync("redis-server", [
    "--port",
    String(PORTS.redis),
    "--bind",
    "127.0.0.1",
    "--save",
    "",
    "--appendonly",
    "no",
    "--daemonize",
    "yes",
    "--pidfile",
    path.join(ROOT, "redis.pid"),
    "--logfile",
    path.join(ROOT, "redis.log"),
  ]);
}

/** One production instance, as its own process group (so the test can kill it whole). */
export function startInstance(name: Instance): number {
  const port = PORTS[name];
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    detached: true,
    stdio: ["ignore", "ignore", "ignore"],
    env: {
      ...process.env,
      ...clockEnv(),
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: urls.primary,
      DATABASE_REPLICA_URL: urls.replica,
      DATABASE_POOL_MAX: "4",
      REDIS_URL: urls.redis,
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: urls.nginx,
      METRICS_TOKEN,
      TRUSTED_PROXY_COUNT: "1",
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  child.unref();
  return child.pid!;
}

function startNginx(): void {
  const conf = path.join(ROOT, "nginx.conf");
  writeFileSync(conf, nginxConfig(ROOT));
  execFileSync("nginx", ["-p", ROOT, "-c", conf]);
}

/** The nginx of docs/scaling.md: round robin over the instances; a refused connection goes to the other. */
export function nginxConfig(root: string): string {
  return `
user root;
worker_processes 1;
pid ${root}/nginx.pid;
error_log ${root}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${root}/nginx-body;
  proxy_temp_path ${root}/nginx-proxy;
  fastcgi_temp_path ${root}/nginx-fastcgi;
  uwsgi_temp_path ${root}/nginx-uwsgi;
  scgi_temp_path ${root}/nginx-scgi;
  upstream sigap {
    server 127.0.0.1:${PORTS.a} max_fails=1 fail_timeout=10s;
    server 127.0.0.1:${PORTS.b} max_fails=1 fail_timeout=10s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${PORTS.nginx};
    client_max_body_size 4m;
    location / {
      proxy_pass http://sigap;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Request-Id $request_id;
      proxy_next_upstream error timeout;
    }
  }
}
`;
}

/** Brings the whole deployment up (after taking down what an earlier run left). */
export async function startCluster(): Promise<void> {
  stopCluster();
  mkdirSync(ROOT, { recursive: true });
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres", ROOT]);
  writeFileSync(CLOCK_ANCHOR_FILE, new Date().toISOString());
  const why = buildNeeded();
  if (why) {
    log(`building the app (${why})…`);
    buildApp();
  }
  startPostgres();
  startRedis();
  const instances = { a: startInstance("a"), b: startInstance("b") };
  writeState({ instances });
  startNginx();
  await Promise.all([waitForHealth(urls.a, 120), waitForHealth(urls.b, 120)]);
  await waitForHealth(urls.nginx, 120);
  log("two instances behind nginx are up");
}

export function readState(): ClusterState {
  return JSON.parse(readFileSync(STATE_FILE, "utf8")) as ClusterState;
}

export function writeState(state: ClusterState): void {
  writeFileSync(STATE_FILE, JSON.stringify(state));
}

function quietly(run: () => void): void {
  try {
    run();
  } catch {
    // Already stopped, or never started.
  }
}

/** Stops everything startCluster started and removes its files. */
export function stopCluster(): void {
  if (!existsSync(ROOT)) return;
  if (existsSync(STATE_FILE))
    for (const pid of Object.values(readState().instances)) quietly(() => process.kill(-pid, "SIGKILL"));
  quietly(() =>
    execFileSync("nginx", ["-p", ROOT, "-c", path.join(ROOT, "nginx.conf"), "-s", "stop"], { stdio: "ignore" }),
  );
  quietly(() => execFileSync("redis-cli", ["-p", String(PORTS.redis), "shutdown", "nosave"], { stdio: "ignore" }));
  for (const dir of ["replica", "primary"])
    if (existsSync(path.join(ROOT, dir, "postmaster.pid")))
      quietly(() => asPostgres("pg_ctl", ["-D", path.join(ROOT, dir), "-m", "immediate", "-w", "stop"]));
  rmSync(ROOT, { recursive: true, force: true });
}
