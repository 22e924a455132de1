import { pageTitle } from "@/lib/i18n/page-title";
import { Suspense, type ReactNode } from "react";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { findAgencies } from "@/lib/data/agencies";
import { findKecamatanOptions } from "@/lib/data/areas";
import { findTrafficFilters } from "@/lib/data/period";
import { getDictionary } from "@/lib/i18n/server";
import { agencyListParamsSchema } from "@/lib/validations/agency";
import { firstValues } from "@/lib/validations/list-params";
import { keptQuery, PeriodControl } from "@/components/period/period-control";
import { TrafficFiltersForm } from "./filters-form";
import { KecamatanSection, OfficesSections, OverTimeSections, ServiceAndAgeSections } from "./outcome-sections";
import { ReferralTrendSection, ReferralsSection } from "./referral-sections";
import type { SectionProps } from "./section-context";

export const generateMetadata = () => pageTitle((t) => t.titles.traffic);

/** A section's place while its data loads: the same height, announced to screen readers. */
function Streamed({ children, label }: { children: ReactNode; label: string }) {
  return (
    <Suspense
      fallback={
        <div
          role="status"
          aria-label={label}
          className="h-64 animate-pulse rounded-lg border border-gray-200 bg-gray-100"
        >
          <span className="sr-only">{label}…</span>
        </div>
      }
    >
      {children}
    </Suspense>
  );
}

export default async function TrafficPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("traffic.read");
  const { t, locale } = await getDictionary();
  const p = t.trafficPage;
  const raw = firstValues(await searchParams);
  const { filters, ...period } = await findTrafficFilters(raw);
  const [kecamatanOptions, agencies] = await Promise.all([
    findKecamatanOptions(),
    can(actor, "agencies.readAll") ? findAgencies(actor, agencyListParamsSchema.parse({ perPage: "100" })) : null,
  ]);
  const csv = (dimension: string) =>
    `/traffic/export.csv?${new URLSearchParams({ ...keptQuery(raw), from: filters.from, to: filters.to, dimension })}`;
  const narrowed = (filter: string, value: string) =>
    `/traffic?${new URLSearchParams({ ...keptQuery(raw), from: filters.from, to: filters.to, [filter]: value })}`;
  const section: SectionProps = { actor, filters, t, locale, csv, narrowed };
  const sections: [string, (props: SectionProps) => Promise<ReactNode>][] = [
    [p.overTime, OverTimeSections],
    [p.byKecamatan, KecamatanSection],
    [p.byService, ServiceAndAgeSections],
    [p.referrals, ReferralsSection],
    [p.trend, ReferralTrendSection],
    [p.topOffices, OfficesSections],
  ];

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{p.title}</h1>
      <PeriodControl page={period} keep={keptQuery(raw)} t={t.period} locale={locale} />
      <TrafficFiltersForm
        filters={filters}
        kecamatan={kecamatanOptions}
        agencies={agencies?.rows ?? null}
        t={p}
        locale={locale}
      />
      {sections.map(([label, Section]) => (
        <Streamed key={label} label={label}>
          <Section {...section} />
        </Streamed>
      ))}
    </div>
  );
}
