import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { officesOf, scopeKey } from "@/lib/auth/scope";
import { mismatchFlags, type MismatchFlag, type OfficeDayNumbers } from "@/lib/compliance/mismatch";
import { complianceScore } from "@/lib/compliance/score";
import { applicableRules } from "@/lib/rules/engine";
import { readDb } from "@/lib/read-db";
import { pageOf, type Page } from "@/lib/validations/list-params";
import type { ScoreParams } from "@/lib/validations/rollout";
import { officeWindows, receivedReportsInScope } from "./reporting-rates";
import { today } from "@/lib/clock";
import { loadActiveRules } from "./rules";
import { versioned } from "./versioned-cache";
import { addDays, dateOfDay, dayOfDate, type Day } from "@/lib/day";

const FLAG_WINDOW_DAYS = 28;
const SCORE_WINDOW_DAYS = 30;

/** The first day of the score window that ends on `to`. */
const scoreWindowFrom = (to: Day) => addDays(to, -SCORE_WINDOW_DAYS - 1);

export type OfficeCompliance = {
  code: string;
  office: string;
  agency: string;
  kecamatan: string;
  score: number | null;
  provisional: boolean;
  onTime: number | null;
  flags: MismatchFlag[];
};

/** Reported and scanned numbers per office-day over [from, to], for the mismatch rules. */
async function officeDays(officeIds: string[], from: string, to: string): Promise<Map<string, OfficeDayNumbers[]>> {
  const db = await readDb();
  const [reports, scans] = await Promise.all([
    db.complianceReport.findMany({
      where: {
        officeId: { in: officeIds },
        isCurrent: true,
        day: { gte: dateOfDay(from), lte: dateOfDay(to) },
      },
      select: { officeId: true, day: true, checked: true, referred: true, denied: true },
    }),
    // Visits sent by the office's own scanner or system (source API), per WIB day.
    db.dailyOfficeTraffic.findMany({
      where: {
        officeId: { in: officeIds },
        scanned: { gt: 0 },
        day: { gte: dateOfDay(from), lte: dateOfDay(to) },
      },
      select: { officeId: true, day: true, scanned: true },
    }),
  ]);
  const byOffice = new Map<string, Map<string, OfficeDayNumbers>>();
  const entry = (officeId: string, day: string) => {
    const days = byOffice.get(officeId) ?? new Map<string, OfficeDayNumbers>();
    byOffice.set(officeId, days);
    const numbers = days.get(day) ?? {
      day,
      reportedChecked: null,
      reportedReferred: null,
      reportedDenied: null,
      scanned: 0,
    };
    days.set(day, numbers);
    return numbers;
  };
  for (const r of reports)
    Object.assign(entry(r.officeId, dayOfDate(r.day)), {
      reportedChecked: r.checked,
      reportedReferred: r.referred,
      reportedDenied: r.denied,
    });
  for (const s of scans) entry(s.officeId, dayOfDate(s.day)).scanned = Number(s.scanned);
  return new Map(
    [...byOffice].map(([id, days]) => [id, [...days.values()].sort((a, b) => a.day.localeCompare(b.day))]),
  );
}

/**
 * Every office in scope with its compliance score (the 30 days up to `to`) and its mismatch
 * flags (the 28 days up to `to`); `to` defaults to the end of the data (today on SIGAP's clock).
 * Kept until the records or those days' visits change (versioned-cache.ts): shared, not to be changed.
 */
export async function findOfficeCompliance(actor: Actor, until?: Day): Promise<readonly OfficeCompliance[]> {
  const to = until ?? today();
  return versioned(`compliance|${scopeKey(actor)}|${to}`, { from: scoreWindowFrom(to), to }, () =>
    computeOfficeCompliance(actor, to),
  );
}

async function computeOfficeCompliance(actor: Actor, to: Day): Promise<OfficeCompliance[]> {
  const db = await readDb();
  const offices = await db.office.findMany({
    where: { archivedAt: null, ...officesOf(actor) },
    include: {
      services: { select: { serviceCode: true } },
      agency: { select: { name: true, kind: true } },
      kelurahan: { include: { kecamatan: true } },
      inspections: { orderBy: { visitedOn: "desc" }, take: 3, select: { score: true } },
    },
  });
  const ids = offices.map((o) => o.id);
  const scoreFrom = scoreWindowFrom(to);
  const [windows, received, days, rules] = await Promise.all([
    officeWindows(actor, scoreFrom, to),
    receivedReportsInScope(actor, scoreFrom, to),
    officeDays(ids, addDays(to, -FLAG_WINDOW_DAYS - 1), to),
    loadActiveRules(),
  ]);
  const at = new Date(`${to}T12:00:00+07:00`);
  const expectedByOffice = new Map(windows.map((w) => [w.id, w.expected]));
  return offices.map((o) => {
    const expected = expectedByOffice.get(o.id) ?? [];
    const onTimeRate = expected.length
      ? expected.filter((d) => received.get(`${o.id}|${d}`)).length / expected.length
      : null;
    const officeDayNumbers = days.get(o.id) ?? [];
    const score = complianceScore({ inspectionScores: o.inspections.map((i) => i.score), onTimeRate });
    return {
      code: o.code,
      office: o.name,
      agency: o.agency.name,
      kecamatan: o.kelurahan.kecamatan.name,
      score: score.value,
      provisional: score.provisional,
      onTime: onTimeRate,
      flags: mismatchFlags(officeDayNumbers, {
        hasScanner: officeDayNumbers.some((d) => d.scanned > 0),
        gated: o.services.some(
          (s) => applicableRules(rules, { service: s.serviceCode, agencyKind: o.agency.kind, at }).length > 0,
        ),
      }),
    };
  });
}

const SCORE_SORT: Record<ScoreParams["sort"]["id"], (r: OfficeCompliance) => string | number | null> = {
  office: (r) => r.office,
  agency: (r) => r.agency,
  score: (r) => r.score,
  onTime: (r) => r.onTime,
  flags: (r) => r.flags.length,
};

/** Ascending or descending by `key`, offices without a value ("–") last either way: page 1 shows numbers. */
function byKey(key: (r: OfficeCompliance) => string | number | null, desc: boolean) {
  return (a: OfficeCompliance, b: OfficeCompliance) => {
    const [x, y] = [key(a), key(b)];
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || a.code.localeCompare(b.code);
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return (desc ? -order : order) || a.code.localeCompare(b.code);
  };
}

/** The compliance table: filter (search, flagged only), sort and page over findOfficeCompliance. */
export async function findOfficeScores(
  actor: Actor,
  params: ScoreParams,
  until?: Day,
): Promise<Page<OfficeCompliance> & { all: OfficeCompliance[] }> {
  const q = params.q.toLowerCase();
  const key = SCORE_SORT[params.sort.id];
  const filtered = (await findOfficeCompliance(actor, until))
    .filter(
      (r) =>
        (!params.flagged || r.flags.length > 0) &&
        (!q || `${r.code} ${r.office} ${r.agency} ${r.kecamatan}`.toLowerCase().includes(q)),
    )
    .sort(byKey(key, params.sort.desc));
  const start = (params.page - 1) * params.perPage;
  return { ...pageOf(params, filtered.length, filtered.slice(start, start + params.perPage)), all: filtered };
}
