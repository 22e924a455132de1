import { withRoute } from "@/lib/api/with-route";
import { csvResponse, toCsv } from "@/lib/csv";
import { findDailyVisits } from "@/lib/data/traffic";

/** The dashboard chart's numbers as CSV, in the actor's scope. */
export const GET = withRoute({ permission: "traffic.read" }, async ({ actor }) => {
  const data = await findDailyVisits(actor);
  return csvResponse(
    "kunjungan-per-hari.csv",
    toCsv(
      ["day", "visits"],
      data.map((d) => [d.day, d.visits]),
    ),
  );
});
