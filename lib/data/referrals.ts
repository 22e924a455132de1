import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { scopeKey } from "@/lib/auth/scope";
import { readDb } from "@/lib/read-db";
import { isPartialBucket } from "@/lib/stats/partial-periods";
import { fallingReferralShares, type OfficeWeek, type ReferralTrend } from "@/lib/stats/referral-trend";
import type { TrafficFilters } from "@/lib/validations/traffic";
import { filterConditions, OFFICE_JOINS, scopeConditions } from "./traffic-filters-sql";
import { trafficSource } from "./traffic-source";
import { keyBesidesPeriod, versionedByMonth } from "./versioned-cache";

export type PostReferrals = { code: string; name: string; kecamatan: string; referrals: number; offices: number };

type ReferralsByPost = { posts: PostReferrals[]; referred: number; withPost: number };
/** A month's part: referrals per post and office (offices are counted over the whole period), and the totals. */
type ReferralsPart = {
  rows: { code: string; name: string; kecamatan: string; officeId: string; referrals: number }[];
  referred: number;
  withPost: number;
};

/**
 * Referrals by the vaccination post visitors were sent to (the DailyReferral rollup), under
 * the dashboard's filters and the actor's scope; with how many referrals named no post. Each
 * month's part is kept until the records or that month's visits change (versioned-cache.ts).
 */
export async function findReferralsByPost(actor: Actor, filters: TrafficFilters): Promise<ReferralsByPost> {
  const parts = await versionedByMonth(`referrals|${scopeKey(actor)}|${keyBesidesPeriod(filters)}`, filters, (part) =>
    referralsPart(actor, { ...filters, ...part }),
  );
  const posts = new Map<string, PostReferrals & { officeIds: Set<string> }>();
  for (const r of parts.flatMap((p) => p.rows)) {
    const post = posts.get(r.code) ?? { ...r, referrals: 0, offices: 0, officeIds: new Set<string>() };
    post.referrals += r.referrals;
    post.officeIds.add(r.officeId);
    posts.set(r.code, post);
  }
  return {
    posts: [...posts.values()]
      .map(({ code, name, kecamatan, referrals, officeIds }) => ({
        code,
        name,
        kecamatan,
        referrals,
        offices: officeIds.size,
      }))
      .sort((a, b) => b.referrals - a.referrals || a.code.localeCompare(b.code)),
    referred: parts.reduce((sum, p) => sum + p.referred, 0),
    withPost: parts.reduce((sum, p) => sum + p.withPost, 0),
  };
}

async function referralsPart(actor: Actor, filters: TrafficFilters): Promise<ReferralsPart> {
  const db = await readDb();
  const where = filterConditions(actor, filters);
  const [rows, [totals]] = await Promise.all([
    db.$queryRaw<{ code: string; name: string; kecamatan: string; officeId: string; referrals: bigint }[]>`
      SELECT p.code, p.name, pk.name AS kecamatan, t."officeId", sum(t."count")::bigint AS referrals
      FROM "DailyReferral" t
      JOIN "VaccinationPost" p ON p.id = t."vaccinationPostId"
      JOIN "Kelurahan" pl ON pl.code = p."kelurahanCode"
      JOIN "Kecamatan" pk ON pk.code = pl."kecamatanCode"
      ${OFFICE_JOINS}
      WHERE ${where}
      GROUP BY p.code, p.name, pk.name, t."officeId"`,
    db.$queryRaw<{ referred: bigint | null; withPost: bigint | null }[]>`
      SELECT
        (SELECT sum(t."count") FROM ${trafficSource(filters)} ${OFFICE_JOINS} WHERE t.outcome = 'REFERRED' AND ${scopeConditions(actor, filters)})::bigint AS referred,
        (SELECT sum(t."count") FROM "DailyReferral" t ${OFFICE_JOINS} WHERE ${where})::bigint AS "withPost"`,
  ]);
  return {
    rows: rows.map((r) => ({ ...r, referrals: Number(r.referrals) })),
    referred: Number(totals?.referred ?? 0),
    withPost: Number(totals?.withPost ?? 0),
  };
}

/**
 * Offices whose weekly referred share (of gated visits) is falling, over the whole weeks of the
 * period. The weekly numbers of each month's part are kept until the records or that month's
 * visits change, and added up (a week across two months is in both).
 */
export async function findFallingReferralShares(actor: Actor, filters: TrafficFilters): Promise<ReferralTrend[]> {
  const parts = await versionedByMonth(`falling|${scopeKey(actor)}|${keyBesidesPeriod(filters)}`, filters, (part) =>
    weeklyReferrals(actor, { ...filters, ...part }),
  );
  const weeks = new Map<string, OfficeWeek>();
  for (const w of parts.flat()) {
    const sum = weeks.get(`${w.office}|${w.week}`);
    if (sum) {
      sum.gated += w.gated;
      sum.referred += w.referred;
    } else weeks.set(`${w.office}|${w.week}`, { ...w });
  }
  // A week the period cuts holds fewer visits and would tilt the slope: only whole weeks count.
  return fallingReferralShares([...weeks.values()].filter((w) => !isPartialBucket(w.week, "week", filters)));
}

async function weeklyReferrals(actor: Actor, filters: TrafficFilters): Promise<OfficeWeek[]> {
  const db = await readDb();
  const rows = await db.$queryRaw<{ office: string; label: string; week: string; gated: bigint; referred: bigint }[]>`
    SELECT o.code AS office, o.name AS label, to_char(date_trunc('week', t."day"), 'YYYY-MM-DD') AS week,
      sum(t."count") FILTER (WHERE t.outcome <> 'SERVED_NO_REQUIREMENT')::bigint AS gated,
      sum(t."count") FILTER (WHERE t.outcome = 'REFERRED')::bigint AS referred
    FROM ${trafficSource(filters, { grain: "week" })}
    ${OFFICE_JOINS}
    WHERE ${scopeConditions(actor, filters)}
    GROUP BY 1, 2, 3`;
  return rows.map((r) => ({
    office: r.office,
    label: r.label,
    week: r.week,
    gated: Number(r.gated ?? 0),
    referred: Number(r.referred ?? 0),
  }));
}
