import { withRoute } from "@/lib/api/with-route";
import { csvDownload } from "@/lib/csv-download";
import { findOverdueOffices } from "@/lib/data/rollout";
import { overdueParamsSchema } from "@/lib/validations/rollout";

/** CSV of the overdue offices with the table's search and sort (every page). */
export const GET = withRoute(
  { permission: "rollout.read", query: overdueParamsSchema },
  async ({ actor, query, request }) => {
    const { rows } = await findOverdueOffices(actor, { ...query, page: 1, perPage: 100_000 });
    return csvDownload(
      request,
      "kantor-terlambat.csv",
      ["code", "office", "agency", "kecamatan", "stage", "deadline", "days_overdue"],
      rows.map((r) => [r.code, r.office, r.agency, r.kecamatan, r.stage, r.deadline, r.daysOverdue]),
    );
  },
);
