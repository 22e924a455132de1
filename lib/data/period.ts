import "server-only";
import { wibToday } from "@/lib/day";
import type { Coverage } from "@/lib/stats/coverage";
import { resolvePeriod, type DefaultSpan, type Period } from "@/lib/validations/period";
import { TRAFFIC_SPAN, trafficFiltersSchema, type TrafficFilters } from "@/lib/validations/traffic";
import { findDataCoverage } from "./traffic-table";

export type PagePeriod = { period: Period; coverage: Coverage };

/** The period a page's URL asks for, resolved against where the data are (lib/validations/period.ts). */
export async function findPagePeriod(raw: Record<string, string | undefined>, span: DefaultSpan): Promise<PagePeriod> {
  const coverage = await findDataCoverage();
  return { period: resolvePeriod(raw, coverage, span, wibToday()), coverage };
}

/** The traffic page's and its CSV's filters: the period (three months by default) and the rest of the URL. */
export async function findTrafficFilters(
  raw: Record<string, string | undefined>,
): Promise<PagePeriod & { filters: TrafficFilters }> {
  const page = await findPagePeriod(raw, TRAFFIC_SPAN);
  return { ...page, filters: { ...trafficFiltersSchema.parse(raw), from: page.period.from, to: page.period.to } };
}
