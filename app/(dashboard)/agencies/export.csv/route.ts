import { withRoute } from "@/lib/api/with-route";
import { csvDownload } from "@/lib/csv-download";
import { findAllAgencies } from "@/lib/data/agencies";
import { agencyListParamsSchema } from "@/lib/validations/agency";

/** CSV of the agencies the actor may see, with the table's filters and sort. */
export const GET = withRoute(
  { permission: "agencies.read", query: agencyListParamsSchema },
  async ({ actor, query, request }) => {
    const rows = await findAllAgencies(actor, query);
    return csvDownload(
      request,
      "instansi.csv",
      ["code", "name", "kind", "offices", "offices_live", "offices_live_share", "rollout_deadline"],
      rows.map((r) => [
        r.code,
        r.name,
        r.kind,
        r.offices,
        r.officesLive,
        r.progress === null ? null : Number(r.progress.toFixed(4)),
        r.rolloutDeadline,
      ]),
    );
  },
);
