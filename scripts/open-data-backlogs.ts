// `npm run open-data:backlogs`: what happens to an office's late visits in each released month
// of the database (DATABASE_URL, else the embedded one), without writing anything: for backlogs
// of several sizes, the revision the audit would publish beside the month's first version —
// the visits placed in their days (and the share of numbers shown), a late row by outcome,
// or nothing yet. How the table in docs/open-data-utility.md is measured.
import { prisma } from "@/lib/db";
import { toRelease } from "@/lib/data/public-releases";
import { weekdayOf } from "@/lib/day";
import type { MonthCube } from "@/lib/stats/period-tables";
import { auditedRevision } from "@/lib/stats/revision-audit";
import { shownShare } from "@/lib/stats/utility";

/**
 * A backlog: visits per day on its first `days` weekdays from the 6th, split by `split`: the
 * outcome mix below, all of its first outcome, or 8 of every outcome column.
 */
type Split = "mix" | "one" | "eight";
const BACKLOGS: { name: string; days: number; perDay: number; split: Split }[] = [
  { name: "6 of one day, one outcome", days: 1, perDay: 6, split: "one" },
  { name: "6 of one day", days: 1, perDay: 6, split: "mix" },
  { name: "12 of one day", days: 1, perDay: 12, split: "mix" },
  { name: "25 of two days", days: 2, perDay: 12.5, split: "mix" },
  { name: "60 of three days", days: 3, perDay: 20, split: "mix" },
  { name: "400 over 10 days, 8 per number", days: 10, perDay: 40, split: "eight" },
];
/** Outcome shares of a backlog: served vaccinated, served with no requirement, referred (as the doc's first table). */
const MIX: [string, number][] = [
  ["SERVED_VACCINATED", 0.6],
  ["SERVED_NO_REQUIREMENT", 0.3],
  ["REFERRED", 0.1],
];

/** The month's cube with one office's backlog added: one kecamatan, two services alternating. */
function withBacklog(cube: MonthCube, { days, perDay, split: kind }: (typeof BACKLOGS)[number]): MonthCube {
  const next = structuredClone(cube);
  const weekdays = next.day.rows.filter((d) => d.slice(8) >= "06" && ![0, 6].includes(weekdayOf(d)));
  const add = (table: MonthCube["day"], row: number, column: string, n: number) =>
    (table.counts[row][table.columns.indexOf(column)] += n);
  weekdays.slice(0, days).forEach((day, k) => {
    const total = Math.floor(perDay * (k + 1)) - Math.floor(perDay * k);
    const split: [string, number][] =
      kind === "eight"
        ? next.columns.map((c) => [c, 8])
        : kind === "one"
          ? [[MIX[0][0], total]]
          : MIX.map(([c, share], i) => [
              c,
              i === 0
                ? total - MIX.slice(1).reduce((s, [, f]) => s + Math.round(total * f), 0)
                : Math.round(total * share),
            ]);
    split.forEach(([column, n], i) => {
      add(next.day, next.day.rows.indexOf(day), column, n);
      add(next.kecamatan, 0, column, n);
      add(next.service, i % 2, column, n);
    });
  });
  return next;
}

const months = await prisma.publicRelease.findMany({ where: { version: 1 }, orderBy: { month: "asc" } });
const firsts = months.map(toRelease);
const header = ["backlog", ...firsts.map((r) => r.month)];
const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
for (const b of BACKLOGS) {
  const cells: string[] = [];
  for (const first of firsts) {
    const cube = withBacklog(first.cube, b);
    const outcome = await auditedRevision([first], cube);
    cells.push(
      !outcome.ok
        ? `waits (${outcome.reason})`
        : outcome.audit.coarsened
          ? `late row (total ${outcome.tables.late?.total ?? "x"}), ${(100 * shownShare(outcome.tables)).toFixed(1)} %`
          : `placed, ${(100 * shownShare(outcome.tables)).toFixed(1)} %`,
    );
  }
  lines.push(`| ${b.name} | ${cells.join(" | ")} |`);
}
console.log(lines.join("\n"));
await prisma.$disconnect();
