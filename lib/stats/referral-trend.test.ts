import { describe, expect, it } from "vitest";
import { fallingReferralShares, MIN_GATED_PER_WEEK, type OfficeWeek } from "./referral-trend";

const weeks = (office: string, shares: number[], gated = 100): OfficeWeek[] =>
  shares.map((share, i) => ({
    office,
    label: `Kantor ${office}`,
    week: `2022-01-${String(3 + 7 * i).padStart(2, "0")}`,
    gated,
    referred: Math.round(share * gated),
  }));

describe("fallingReferralShares", () => {
  it("lists offices whose referred share falls, steepest first, with first and last week", () => {
    const trends = fallingReferralShares([
      ...weeks("A", [0.2, 0.15, 0.1, 0.05]),
      ...weeks("B", [0.1, 0.09, 0.08, 0.07]),
      ...weeks("C", [0.05, 0.06, 0.08, 0.1]),
    ]);
    expect(trends.map((t) => t.office)).toEqual(["A", "B"]);
    expect(trends[0]).toMatchObject({ first: 0.2, last: 0.05, referred: 50 });
    expect(trends[0].slope).toBeCloseTo(-0.05);
  });

  it("ignores weeks with too few visits and offices with fewer than three usable weeks", () => {
    const thin = weeks("A", [0.5, 0.4, 0.3, 0.2], MIN_GATED_PER_WEEK - 1);
    const short = weeks("B", [0.3, 0.1]);
    expect(fallingReferralShares([...thin, ...short])).toEqual([]);
  });

  it("does not call a share falling when the last week is back above the first", () => {
    expect(fallingReferralShares(weeks("A", [0.1, 0.3, 0.0, 0.0, 0.12]))).toEqual([]);
  });

  it("reads weeks in date order whatever order the rows come in", () => {
    const trends = fallingReferralShares(weeks("A", [0.3, 0.2, 0.1]).reverse());
    expect(trends[0].weeks.map((w) => w.share)).toEqual([0.3, 0.2, 0.1]);
  });
});
