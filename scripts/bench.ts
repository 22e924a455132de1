// `npm run bench`: measures what the issues ask to keep fast, on the demo data
// (DATABASE_URL or the embedded database). Prints one line per measurement.
import { migrateDeploy } from "./lib/prisma-cli";
import { withDatabase } from "./lib/with-database";

const RUNS = 3;

async function time<T>(label: string, run: () => Promise<T> | T, describe: (result: T) => string): Promise<void> {
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    last = await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} median ${times[Math.floor(RUNS / 2)].toFixed(0).padStart(6)} ms  (min ${times[0].toFixed(0)}, max ${times[RUNS - 1].toFixed(0)})  ${describe(last as T)}`,
  );
}

await withDatabase(async (url) => {
  // A fresh checkout has an empty database: bring it to the demo data first (as npm start does).
  await migrateDeploy(url);
  const { prisma } = await import("@/lib/db");
  const { isSeeded, seedDemo } = await import("@/prisma/seed/index");
  if (!(await isSeeded(prisma))) await seedDemo(prisma, (line) => console.log(`  ${line}`));
  const { loadActiveRules } = await import("@/lib/data/rules");
  const { replayDraft } = await import("@/lib/data/replay");
  const { evaluate } = await import("@/lib/rules/engine");
  const { findMonthCubes } = await import("@/lib/data/traffic-table");
  const { composeTables, suppressMonth } = await import("@/lib/stats/period-tables");
  const { findReferralsByPost, findFallingReferralShares } = await import("@/lib/data/referrals");

  const rules = await loadActiveRules();
  const visits = Array.from({ length: 100_000 }, (_, i) => ({
    service: ["KTP_EL", "SIM", "PERIZINAN", "PERBANKAN", "KESEHATAN"][i % 5],
    agencyKind: (i % 7 === 0 ? "PRIVATE" : "GOVERNMENT") as "PRIVATE" | "GOVERNMENT",
    at: new Date(Date.UTC(2021, 8, 9) + (i % 180) * 86_400_000),
    visitor: { status: (["HIJAU", "KUNING", "MERAH", "HITAM"] as const)[i % 4], doses: i % 4, age: 5 + (i % 70), exemptions: [] },
  }));
  await time(
    "engine: evaluate 100 000 visits",
    () => visits.map((v) => evaluate(rules, v)),
    () => `${rules.length} rule versions`,
  );

  const draft = await prisma.ruleVersion.findFirstOrThrow({ where: { rule: { code: "SE1395-ADMINDUK" } }, orderBy: { version: "desc" } });
  for (const days of [7, 28]) {
    await time(
      `what-if replay: last ${days} days (SE1395-ADMINDUK v${draft.version})`,
      () => replayDraft(draft.id, days),
      (r) => `${r.events} events, ${r.changed} changed`,
    );
  }

  await time(
    "open data: 6 whole months by week, suppressed",
    async () => composeTables((await findMonthCubes("2021-09", "2022-02")).map((cube) => suppressMonth(cube).week)),
    (t) => `${t.rows.length} weeks, ${t.cells.flat().filter((c) => c === null).length} cells hidden`,
  );
  const taskforce = await prisma.user.findFirstOrThrow({ where: { role: "TASKFORCE" } });
  const filters = { from: "2021-09-01", to: "2022-02-28", every: "week" as const };
  await time(
    "referral tracking: 6 months, by post + falling shares",
    async () => Promise.all([findReferralsByPost(taskforce, filters), findFallingReferralShares(taskforce, filters)]),
    ([posts, falling]) => `${posts.posts.length} posts, ${falling.length} offices falling`,
  );
});
