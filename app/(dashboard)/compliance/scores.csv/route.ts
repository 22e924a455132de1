import { withRoute } from "@/lib/api/with-route";
import { csvResponse, toCsv } from "@/lib/csv";
import { findOfficeScores } from "@/lib/data/compliance";
import { scoreParamsSchema } from "@/lib/validations/rollout";

/** CSV of office compliance scores and flags, with the table's filters and sort. */
export const GET = withRoute({ permission: "compliance.read", query: scoreParamsSchema }, async ({ actor, query }) => {
  const { all } = await findOfficeScores(actor, query);
  return csvResponse(
    "skor-kepatuhan.csv",
    toCsv(
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
    ),
  );
});
