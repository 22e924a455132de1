import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { scopeKey } from "@/lib/auth/scope";
import { readDb } from "@/lib/read-db";
import { isPartialBucket } from "@/lib/stats/partial-periods";
import { fallingReferralShares, type OfficeWeek, type ReferralTrend } from "@/lib/stats/referral-trend";
import type { TrafficFilters } from "@/lib/validations/traffic";
import { filterConditions, OFFICE_JOINS, scopeConditions } from "./traffic-filters-sql";
import { trafficSource } from "./traffic-source";
import { versioned } from "./versioned-cache";

export type PostReferrals = { code: string; name: string; kecamatan: string; referrals: number; offices: number };

type ReferralsByPost = { posts: PostReferrals[]; referred: number; withPost: number };

/**
 * Referrals by the vaccination post visitors were sent to (the DailyReferral rollup), under
 * the dashboard's filters and the actor's scope; with how many referrals named no post. Kept
 * until the records or the period's visits change (versioned-cache.ts): shared, not to be changed.
 */
export function findReferralsByPost(actor: Actor, filters: TrafficFilters): Promise<Readonly<ReferralsByPost>> {
  return versioned(`referrals|${scopeKey(actor)}|${JSON.stringify(filters)}`, filters, () =>
    computeReferralsByPost(actor, filters),
  );
}

async function computeReferralsByPost(actor: Actor, filters: TrafficFilters): Promise<ReferralsByPost> {
  const db = await readDb();
  const where = filterConditions(actor, filters);
  const [posts, [totals]] = await Promise.all([
    db.$queryRaw<{ code: string; name: string; kecamatan: string; referrals: bigint; offices: bigint }[]>`
      SELECT p.code, p.name, pk.name AS kecamatan, sum(t."count")::bigint AS referrals, count(DISTINCT t."officeId")::bigint AS offices
      FROM "DailyReferral" t
      JOIN "VaccinationPost" p ON p.id = t."vaccinationPostId"
      JOIN "Kelurahan" pl ON pl.code = p."kelurahanCode"
      JOIN "Kecamatan" pk ON pk.code = pl."kecamatanCode"
      ${OFFICE_JOINS}
      WHERE ${where}
      GROUP BY p.code, p.name, pk.name
      ORDER BY referrals DESC, p.code`,
    db.$queryRaw<{ referred: bigint | null; withPost: bigint | null }[]>`
      SELECT
        (SELECT sum(t."count") FROM ${trafficSource(filters)} ${OFFICE_JOINS} WHERE t.outcome = 'REFERRED' AND ${scopeConditions(actor, filters)})::bigint AS referred,
        (SELECT sum(t."count") FROM "DailyReferral" t ${OFFICE_JOINS} WHERE ${where})::bigint AS "withPost"`,
  ]);
  return {
    posts: posts.map((p) => ({
      code: p.code,
      name: p.name,
      kecamatan: p.kecamatan,
      referrals: Number(p.referrals),
      offices: Number(p.offices),
    })),
    referred: Number(totals?.referred ?? 0),
    withPost: Number(totals?.withPost ?? 0),
  };
}

/**
 * Offices whose weekly referred share (of gated visits) is falling, over the whole weeks of the
 * period. Kept until the records or the period's visits change: shared, not to be changed.
 */
export function findFallingReferralShares(actor: Actor, filters: TrafficFilters): Promise<readonly ReferralTrend[]> {
  return versioned(`falling|${scopeKey(actor)}|${JSON.stringify(filters)}`, filters, () =>
    computeFallingReferralShares(actor, filters),
  );
}

async function computeFallingReferralShares(actor: Actor, filters: TrafficFilters): Promise<ReferralTrend[]> {
  const db = await readDb();
  const rows = await db.$queryRaw<{ office: string; label: string; week: string; gated: bigint; referred: bigint }[]>`
    SELECT o.code AS office, o.name AS label, to_char(date_trunc('week', t."day"), 'YYYY-MM-DD') AS week,
      sum(t."count") FILTER (WHERE t.outcome <> 'SERVED_NO_REQUIREMENT')::bigint AS gated,
      sum(t."count") FILTER (WHERE t.outcome = 'REFERRED')::bigint AS referred
    FROM ${trafficSource(filters, { grain: "week" })}
    ${OFFICE_JOINS}
    WHERE ${scopeConditions(actor, filters)}
    GROUP BY 1, 2, 3`;
  // A week the period cuts holds fewer visits and would tilt the slope: only whole weeks count.
  const whole = rows.filter((r) => !isPartialBucket(r.week, "week", filters));
  const weeks: OfficeWeek[] = whole.map((r) => ({
    office: r.office,
    label: r.label,
    week: r.week,
    gated: Number(r.gated ?? 0),
    referred: Number(r.referred ?? 0),
  }));
  return fallingReferralShares(weeks);
}
