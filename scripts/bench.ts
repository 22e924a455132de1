// `npm run bench [-- --events N] [-- --smoke] [-- --build] [-- --keep]`: SIGAP against a throwaway
// PostgreSQL database (on the server of DATABASE_URL, else 127.0.0.1:5432) and the
// production build. Every figure is a ratio to a baseline measured in the same run:
// ingestion vs COPY, pages vs a naive GROUP BY over the raw events, public pages under
// load vs a static file. Prints one table; a full run writes bench/results/<date>-<N>.json.
import { mkdirSync, writeFileSync } from "node:fs";
import pg from "pg";
import { assertLocalDatabaseUrl } from "@/test/test-database";
import { measureIngestion } from "./bench/ingestion";
import { measureSingleVisits } from "./bench/single-visits";
import { latencyWhileVisitsArrive } from "./bench/live-page";
import { firstLoadJsKb, latency, load, medianMs, type Latency } from "./bench/measure";
import { printTable, type Row } from "./bench/report";
import { ensureBuild, signIn, startServer } from "./bench/server";
import { loadSyntheticTraffic, naiveGroupBy, PERIOD } from "./bench/synthetic";
import { measureUtility, utilityRow, utilityTable } from "./lib/open-data-utility";
import { migrateDeploy } from "./lib/prisma-cli";
import { useDemoClock } from "./lib/demo-clock";

const args = process.argv.slice(2);
const smoke = args.includes("--smoke");
const events = Number(args[args.indexOf("--events") + 1] ?? NaN) || (smoke ? 10_000 : 1_000_000);
const loadSeconds = smoke ? 2 : 8;
const runs = smoke ? 3 : 10;
const log = (line: string) => console.log(`  ${line}`);

// SIGAP runs on the demo's clock, as `npm start` runs it (scripts/start.ts): the synthetic events
// span the demo's months, so each page's default period (the last full month) holds them. On
// today's clock the defaults would be months without a visit, and the pages measured empty.
// The server started below inherits the clock, anchored here.
useDemoClock(new Date().toISOString());

const serverUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
assertLocalDatabaseUrl(serverUrl);
const name = `sigap_bench_${Date.now()}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
process.env.DATABASE_URL = url;

const rows: Row[] = [];
let exitCode = 0;
try {
  console.log(`SIGAP benchmark: ${events.toLocaleString("en")} events, database ${name}`);
  await migrateDeploy(url);
  const { prisma } = await import("@/lib/db");
  const { seedDemo } = await import("@/prisma/seed/index");
  await seedDemo(prisma, () => undefined);
  await loadSyntheticTraffic(prisma, events, log);
  // The months are released as the month-close job releases them: nothing is released on a read.
  const { releaseMonthsDue } = await import("@/lib/services/public-releases");
  const { now } = await import("@/lib/clock");
  const releasing = performance.now();
  const released = await releaseMonthsDue(prisma, now());
  log(`${released.length} months released and audited: ${((performance.now() - releasing) / 1000).toFixed(1)} s`);
  const utility = await measureUtility(prisma);
  console.log(utilityTable(utility));
  rows.push(utilityRow(utility));
  const { loadActiveRules } = await import("@/lib/data/rules");
  const { evaluate } = await import("@/lib/rules/engine");
  const { replayDraft } = await import("@/lib/data/replay");
  const rules = await loadActiveRules();
  const visits = Array.from({ length: 100_000 }, (_, i) => ({
    service: ["KTP_EL", "SIM", "PERIZINAN", "PERBANKAN", "KESEHATAN"][i % 5],
    agencyKind: (i % 7 === 0 ? "PRIVATE" : "GOVERNMENT") as "PRIVATE" | "GOVERNMENT",
    at: new Date(Date.UTC(2021, 8, 9) + (i % 180) * 86_400_000),
    visitor: {
      status: (["HIJAU", "KUNING", "MERAH", "HITAM"] as const)[i % 4],
      doses: i % 4,
      age: 5 + (i % 70),
      exemptions: [],
    },
  }));
  rows.push({
    what: "engine: evaluate 100 000 visits (median of 3)",
    value: await medianMs(3, async () => visits.map((v) => evaluate(rules, v))),
    unit: "ms",
  });
  const draft = await prisma.ruleVersion.findFirstOrThrow({
    where: { rule: { code: "SE1395-ADMINDUK" } },
    orderBy: { version: "desc" },
  });
  rows.push({
    what: "what-if replay of the last 28 days of events (median of 3)",
    value: await medianMs(3, () => replayDraft(draft.id, 28)),
    unit: "ms",
  });
  const naive = await medianMs(3, () => naiveGroupBy(prisma));
  log(`naive GROUP BY over ${events.toLocaleString("en")} raw events: ${naive.toFixed(0)} ms (median of 3)`);

  ensureBuild(args.includes("--build"), log);
  const server = await startServer(url);
  try {
    const cookie = await signIn(server.url, "satgas@sigap.demo", "sigap-demo-2021");
    const sixMonths = `from=${PERIOD.from}&to=${PERIOD.to}`;
    const pages: [string, string, boolean][] = [
      ["/traffic", "/traffic", true],
      ["/traffic over 6 months", `/traffic?${sixMonths}&every=week`, true],
      ["/compliance", "/compliance", true],
      ["/dashboard", "/dashboard", true],
      ["/rollout", "/rollout", true],
      ["/transparansi", "/transparansi", false],
      ["open data, 6 months by day", `/api/v1/open-data/traffic.json?${sixMonths}&by=day`, false],
    ];
    for (const [label, path, signedIn] of pages) {
      const measured: Latency = await latency(`${server.url}${path}`, signedIn ? cookie : undefined, runs);
      rows.push({
        what: `${label}: p95 (p50 ${measured.p50.toFixed(0)} ms)`,
        value: measured.p95,
        unit: "ms",
        baseline: naive,
        ratio: naive / measured.p95,
        goal: { ratioAtLeast: 50, valueAtMost: 100 },
      });
    }

    const live = await latencyWhileVisitsArrive(prisma, server.url, "/traffic", cookie, runs);
    log(`/traffic while visits arrive: ${live.sent} visits sent during the requests`);
    rows.push({
      what: `/traffic while a desk sends a visit every 100 ms: p95 (p50 ${live.p50.toFixed(0)} ms)`,
      value: live.p95,
      unit: "ms",
      baseline: naive,
      ratio: naive / live.p95,
      goal: { ratioAtLeast: 50, valueAtMost: 100 },
    });

    const staticFile = await load(`${server.url}/pos-sw.js`, 10, loadSeconds);
    log(`static file: ${staticFile.requestsPerSecond.toFixed(0)} req/s`);
    for (const [label, path] of [
      ["/", "/"],
      ["/transparansi", "/transparansi"],
      ["open data by kecamatan", "/api/v1/open-data/traffic.json?by=kecamatan"],
    ]) {
      const measured = await load(`${server.url}${path}`, 10, loadSeconds);
      if (measured.non2xx || measured.errors)
        log(`${label}: ${measured.non2xx} non-2xx, ${measured.errors} errors under load`);
      rows.push({
        what: `${label}: req/s, 10 clients`,
        value: measured.requestsPerSecond,
        unit: "req/s",
        baseline: staticFile.requestsPerSecond,
        ratio: measured.requestsPerSecond / staticFile.requestsPerSecond,
        goal: { ratioAtLeast: 0.5 },
      });
    }

    const single = await measureSingleVisits(prisma, server.url, 10, loadSeconds);
    log(
      `single visits: ${single.acknowledged} acknowledged, ${single.stored} stored, ${single.failed} failed or refused`,
    );
    if (single.stored < single.acknowledged) throw new Error("single visits: an acknowledged visit was not stored");
    rows.push({
      what: "POST /api/v1/events, one visit per request, 10 clients of one office: req/s",
      value: single.requestsPerSecond,
      unit: "req/s",
      baseline: staticFile.requestsPerSecond,
      ratio: single.requestsPerSecond / staticFile.requestsPerSecond,
      goal: { ratioAtLeast: 0.25 },
    });

    for (const [path, signedIn, limit] of [
      ["/", false, 150],
      ["/login", false, 150],
      ["/transparansi", false, 150],
      ["/dashboard", true, 200],
      ["/traffic", true, 200],
      ["/rollout", true, 200],
    ] as const) {
      const kb = await firstLoadJsKb(server.url, path, signedIn ? cookie : undefined);
      rows.push({ what: `first-load JS ${path}`, value: kb, unit: "KB gz", goal: { valueAtMost: limit } });
    }

    const ingestion = await measureIngestion(prisma, url, server.url, smoke ? 1 : 10);
    log(
      `ingestion: ${ingestion.events} events sent, ${ingestion.accepted} accepted, ${ingestion.duplicates} duplicates, ${ingestion.rejected} rejected`,
    );
    rows.push({
      what: "POST /api/v1/events, 5 000/batch, 2 clients",
      value: ingestion.eventsPerSecond,
      unit: "events/s",
      baseline: ingestion.copyRowsPerSecond,
      ratio: ingestion.ratio,
      goal: { ratioAtLeast: 0.5 },
    });
  } finally {
    await server.stop();
    rows.push({ what: "peak RSS of the server", value: server.peakRssMb(), unit: "MB" });
  }

  printTable(rows);
  const results = {
    bench: true,
    completed: true,
    date: new Date().toISOString(),
    events,
    smoke,
    naiveGroupByMs: naive,
    rows,
  };
  const file = smoke
    ? "reports/bench-smoke.json"
    : `bench/results/${new Date().toISOString().slice(0, 10)}-${events}.json`;
  mkdirSync(file.slice(0, file.lastIndexOf("/")), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to ${file}`);
  await prisma.$disconnect();
  await (await import("@/lib/db")).pool().end();
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  if (args.includes("--keep")) console.log(`kept the database: ${url}`);
  else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
process.exit(exitCode);
