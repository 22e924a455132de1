import { z } from "zod";
import { withRoute } from "@/lib/api/with-route";
import { csvResponse, toCsv } from "@/lib/csv";
import { findTrafficBreakdown } from "@/lib/data/traffic-breakdown";
import { latestTrafficDay } from "@/lib/data/traffic-table";
import { trafficFiltersSchema } from "@/lib/validations/traffic";
import { OUTCOMES } from "@/lib/vocabulary";

const dimensionSchema = z.object({ dimension: z.enum(["time", "kecamatan", "service", "ageBand", "office"]).catch("time") });

/** CSV of one dashboard breakdown under the dashboard's filters, in the actor's scope. */
export const GET = withRoute({ permission: "traffic.read" }, async ({ actor, request }) => {
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const filters = trafficFiltersSchema((await latestTrafficDay()) ?? new Date().toISOString().slice(0, 10)).parse(raw);
  const { dimension } = dimensionSchema.parse(raw);
  const rows = await findTrafficBreakdown(actor, filters, dimension);
  return csvResponse(
    `kunjungan-${dimension}.csv`,
    toCsv(
      ["key", "label", ...OUTCOMES, "total"],
      rows.map((r) => [r.key, r.label, ...OUTCOMES.map((o) => r[o]), r.total]),
    ),
  );
});
