import { withRoute } from "@/lib/api/with-route";
import { csvDownload } from "@/lib/csv-download";
import { findOfficeScores } from "@/lib/data/compliance";
import { findPagePeriod } from "@/lib/data/period";
import { COMPLIANCE_DEFAULT, scoreParamsSchema } from "@/lib/validations/rollout";

/** CSV of office compliance scores and flags, with the table's filters, sort and period end. */
export const GET = withRoute(
  { permission: "compliance.read", query: scoreParamsSchema },
  async ({ actor, query, request }) => {
    const { period } = await findPagePeriod(Object.fromEntries(new URL(request.url).searchParams), COMPLIANCE_DEFAULT);
    const { all } = await findOfficeScores(actor, query, period.to);
    return csvDownload(
      request,
      "skor-kepatuhan.csv",
      ["code", "office", "agency", "kecamatan", "score", "provisional", "on_time_rate", "flags"],
      all.map((r) => [
        r.code,
        r.office,
        r.agency,
        r.kecamatan,
        r.score,
        r.provisional ? "yes" : "no",
        r.onTime === null ? null : r.onTime.toFixed(3),
        r.flags.map((f) => f.reason.en).join(" | "),
      ]),
    );
  },
);
