// Referral tracking: an office whose referred share falls week after week is one whose
// referred visitors come back vaccinated. The trend is the least-squares slope of the
// weekly referred share (of gated visits), over weeks with enough visits to mean something.

export type OfficeWeek = { office: string; label: string; week: string; gated: number; referred: number };
export type ReferralTrend = {
  office: string;
  label: string;
  weeks: { week: string; share: number }[];
  first: number;
  last: number;
  /** Change of the referred share per week (a fraction: -0.01 is one point less a week). */
  slope: number;
  referred: number;
};

/** A week with fewer gated visits than this says little about a share. */
export const MIN_GATED_PER_WEEK = 20;
const MIN_WEEKS = 3;

function slopeOf(ys: readonly number[]): number {
  const n = ys.length;
  const meanX = (n - 1) / 2;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return den === 0 ? 0 : num / den;
}

/** Offices whose referred share is falling, steepest first. */
export function fallingReferralShares(rows: readonly OfficeWeek[]): ReferralTrend[] {
  const byOffice = new Map<string, OfficeWeek[]>();
  for (const r of rows)
    if (r.gated >= MIN_GATED_PER_WEEK) byOffice.set(r.office, [...(byOffice.get(r.office) ?? []), r]);
  const trends: ReferralTrend[] = [];
  for (const [office, list] of byOffice) {
    if (list.length < MIN_WEEKS) continue;
    const weeks = [...list]
      .sort((a, b) => a.week.localeCompare(b.week))
      .map((r) => ({ week: r.week, share: r.referred / r.gated }));
    const slope = slopeOf(weeks.map((w) => w.share));
    const [first, last] = [weeks[0].share, weeks[weeks.length - 1].share];
    if (slope < 0 && last < first)
      trends.push({
        office,
        label: list[0].label,
        weeks,
        first,
        last,
        slope,
        referred: list.reduce((sum, r) => sum + r.referred, 0),
      });
  }
  return trends.sort((a, b) => a.slope - b.slope || a.office.localeCompare(b.office));
}
