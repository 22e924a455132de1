import { z } from "zod";
import { withRoute } from "@/lib/api/with-route";
import { csvDownload } from "@/lib/csv-download";
import { findFallingReferralShares, findReferralsByPost } from "@/lib/data/referrals";
import { findTrafficBreakdown } from "@/lib/data/traffic-breakdown";
import { findTrafficFilters } from "@/lib/data/period";
import { OUTCOMES } from "@/lib/vocabulary";

const dimensionSchema = z.object({
  dimension: z.enum(["time", "kecamatan", "service", "ageBand", "office", "posts", "referralTrend"]).catch("time"),
});

/** CSV of one dashboard breakdown under the dashboard's filters, in the actor's scope. */
export const GET = withRoute({ permission: "traffic.read" }, async ({ actor, request }) => {
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const { filters } = await findTrafficFilters(raw);
  const { dimension } = dimensionSchema.parse(raw);
  if (dimension === "posts") {
    const { posts } = await findReferralsByPost(actor, filters);
    return csvDownload(
      request,
      "rujukan-per-pos.csv",
      ["post_code", "post_name", "post_kecamatan", "referrals", "referring_offices"],
      posts.map((r) => [r.code, r.name, r.kecamatan, r.referrals, r.offices]),
    );
  }
  if (dimension === "referralTrend") {
    const trends = await findFallingReferralShares(actor, filters);
    return csvDownload(
      request,
      "pangsa-rujukan-menurun.csv",
      ["office_code", "office_name", "week", "referred_share"],
      trends.flatMap((o) => o.weeks.map((w) => [o.office, o.label, w.week, Math.round(w.share * 10_000) / 10_000])),
    );
  }
  const rows = await findTrafficBreakdown(actor, filters, dimension);
  return csvDownload(
    request,
    `kunjungan-${dimension}.csv`,
    ["key", "label", ...OUTCOMES, "total"],
    rows.map((r) => [r.key, r.label, ...OUTCOMES.map((o) => r[o]), r.total]),
  );
});
