import { withRoute } from "@/lib/api/with-route";
import { csvResponse, toCsv } from "@/lib/csv";
import { findAllAgencies } from "@/lib/data/agencies";
import { agencyListParamsSchema } from "@/lib/validations/agency";

/** CSV of the agencies the actor may see, with the table's filters and sort. */
export const GET = withRoute(
  { permission: "agencies.read", query: agencyListParamsSchema },
  async ({ actor, query }) => {
    const rows = await findAllAgencies(actor, query);
    return csvResponse(
      "instansi.csv",
      toCsv(
        ["code", "name", "kind", "offices", "offices_live", "rollout_deadline"],
        rows.map((r) => [r.code, r.name, r.kind, r.offices, r.officesLive, r.rolloutDeadline]),
      ),
    );
  },
);
