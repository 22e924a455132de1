import "server-only";
import { today } from "@/lib/clock";
import type { Coverage } from "@/lib/stats/coverage";
import { resolvePeriod, type Period, type PeriodPreset } from "@/lib/validations/period";
import { TRAFFIC_DEFAULT, trafficFiltersSchema, type TrafficFilters } from "@/lib/validations/traffic";
import { findDataCoverage } from "./traffic-table";

export type PagePeriod = { period: Period; coverage: Coverage; today: string };

/** The period a page's URL asks for (its `preset` when none), and where the data are, on SIGAP's today. */
export async function findPagePeriod(
  raw: Record<string, string | undefined>,
  preset: PeriodPreset,
): Promise<PagePeriod> {
  const day = today();
  return { period: resolvePeriod(raw, preset, day), coverage: await findDataCoverage(), today: day };
}

/** The traffic page's and its CSV's filters: the period (the last 90 days by default) and the rest of the URL. */
export async function findTrafficFilters(
  raw: Record<string, string | undefined>,
): Promise<PagePeriod & { filters: TrafficFilters }> {
  const page = await findPagePeriod(raw, TRAFFIC_DEFAULT);
  return { ...page, filters: { ...trafficFiltersSchema.parse(raw), from: page.period.from, to: page.period.to } };
}
