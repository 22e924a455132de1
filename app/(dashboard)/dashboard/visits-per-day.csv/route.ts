import { withRoute } from "@/lib/api/with-route";
import { csvDownload } from "@/lib/csv-download";
import { findPagePeriod } from "@/lib/data/period";
import { findDailyVisits } from "@/lib/data/traffic";
import { TRAFFIC_DEFAULT } from "@/lib/validations/traffic";

/** The dashboard chart's numbers as CSV, for the dashboard's period, in the actor's scope. */
export const GET = withRoute({ permission: "traffic.read" }, async ({ actor, request }) => {
  const { period } = await findPagePeriod(Object.fromEntries(new URL(request.url).searchParams), TRAFFIC_DEFAULT);
  const data = await findDailyVisits(actor, period);
  return csvDownload(
    request,
    "kunjungan-per-hari.csv",
    ["day", "visits"],
    data.map((d) => [d.day, d.visits]),
  );
});
