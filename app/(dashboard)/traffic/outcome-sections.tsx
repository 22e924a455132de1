import Link from "next/link";
import { serviceName } from "@/lib/vocabulary";
import { CategoryBarChart } from "@/components/charts/lazy-charts";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { KecamatanMap } from "@/components/charts/kecamatan-map";
import { STAGE_COLORS } from "@/components/charts/palette";
import { Card } from "@/components/ui/card";
import { SimpleTable } from "@/components/ui/simple-table";
import { findTrafficBreakdown, refusalShares, type BreakdownRow } from "@/lib/data/traffic-breakdown";
import { formatDay, formatMonth, formatNumber, formatPercent } from "@/lib/format";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import { isPartialBucket } from "@/lib/stats/partial-periods";
import { OUTCOMES } from "@/lib/vocabulary";
import { PARTIAL } from "@/components/charts/chart-data";
import type { SectionProps } from "./section-context";

// The traffic page's sections split by outcome; each is an async server component the page
// streams in its own <Suspense>, so the first paint never waits for the slowest query.

export const OUTCOME_COLORS = [STAGE_COLORS[4], STAGE_COLORS[3], STAGE_COLORS[1], STAGE_COLORS[2], STAGE_COLORS[5]];

/** A share as a percentage with one decimal, or a gap when there is nothing to divide. */
const percentOrGap = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

function outcomeTable(t: Dictionary, locale: Locale, first: string) {
  return {
    headers: [first, ...OUTCOMES.map((o) => t.outcomes[o]), t.trafficPage.total],
    rows: (rows: readonly BreakdownRow[]) =>
      rows.map((r) => ({
        key: r.key,
        cells: [r.label, ...OUTCOMES.map((o) => formatNumber(r[o], locale)), formatNumber(r.total, locale)],
      })),
  };
}

/** Outcomes over time and the referred/denied shares, or the page's empty state. */
export async function OverTimeSections({ actor, filters, t, locale, csv }: SectionProps) {
  const p = t.trafficPage;
  const time = await findTrafficBreakdown(actor, filters, "time");
  if (time.length === 0)
    return <p className="rounded-lg border border-gray-200 bg-white p-6 text-gray-600">{p.empty}</p>;
  const table = outcomeTable(t, locale, p.period);
  const series = OUTCOMES.map((o, i) => ({ key: o, label: t.outcomes[o], color: OUTCOME_COLORS[i] }));
  const share = (v: number | null) => (v === null ? "–" : formatPercent(v, locale));
  const partial = (key: string) => isPartialBucket(key, filters.every, filters);
  const x = { title: t.charts[filters.every], kind: filters.every === "month" ? ("month" as const) : ("day" as const) };
  // "29 Nov 2021", "Feb 2022": the table's first column, marked where the period cuts the bucket.
  const bucket = (key: string) =>
    `${filters.every === "month" ? formatMonth(key, locale) : formatDay(key, locale)}${partial(key) ? ` (${t.charts.partial})` : ""}`;
  return (
    <>
      <Card title={p.overTime}>
        <CategoryBarChart
          data={time.map((r) => ({ ...r, [PARTIAL]: partial(r.key) }))}
          category="key"
          series={series}
          label={p.overTime}
          axes={{ x, y: { title: t.charts.visits } }}
          notes={t.charts}
          locale={locale}
          stacked
        />
        <ChartDataTable
          summary={t.dashboard.dataTable}
          caption={p.overTime}
          headers={table.headers}
          rows={table.rows(time).map((r) => [bucket(r.key), ...r.cells.slice(1)])}
          footer={
            <a href={csv("time")} className="mt-2 inline-block font-medium text-brand-700 underline">
              {p.csv}
            </a>
          }
        />
      </Card>
      <Card title={p.refusals}>
        <CategoryBarChart
          data={time.map((r) => ({
            key: r.key,
            referred: percentOrGap(refusalShares(r).referred),
            denied: percentOrGap(refusalShares(r).denied),
            [PARTIAL]: partial(r.key),
          }))}
          category="key"
          series={[
            { key: "referred", label: p.referredShare, color: OUTCOME_COLORS[3] },
            { key: "denied", label: p.deniedShare, color: OUTCOME_COLORS[4] },
          ]}
          label={p.refusals}
          axes={{ x, y: { title: t.charts.share, unit: "%" } }}
          notes={t.charts}
          locale={locale}
        />
        <ChartDataTable
          summary={t.dashboard.dataTable}
          caption={p.refusals}
          headers={[p.period, p.referredShare, p.deniedShare]}
          rows={time.map((r) => [bucket(r.key), share(refusalShares(r).referred), share(refusalShares(r).denied)])}
        />
      </Card>
    </>
  );
}

/** Visits by kecamatan: the schematic map and its table. */
export async function KecamatanSection({ actor, filters, t, locale, csv, narrowed }: SectionProps) {
  const p = t.trafficPage;
  const kecamatan = await findTrafficBreakdown(actor, filters, "kecamatan");
  const table = outcomeTable(t, locale, p.kecamatan);
  return (
    <Card title={p.byKecamatan}>
      <div className="grid gap-4 2xl:grid-cols-[28rem_1fr]">
        <KecamatanMap
          label={p.map}
          areas={kecamatan.map((k) => ({
            code: k.key,
            name: k.label,
            value: k.total,
            display: formatNumber(k.total, locale),
            // A tile opens this page for its kecamatan only.
            href: narrowed("kecamatan", k.key),
          }))}
        />
        <SimpleTable caption={p.byKecamatan} rowHeaders headers={table.headers} rows={table.rows(kecamatan)} />
      </div>
      <a href={csv("kecamatan")} className="mt-2 inline-block text-sm font-medium text-brand-700 underline">
        {p.csv}
      </a>
    </Card>
  );
}

/** Visits by service and by age band: side by side only where both tables fit whole (2xl). */
export async function ServiceAndAgeSections({ actor, filters, t, locale }: SectionProps) {
  const p = t.trafficPage;
  const [service, ageBand] = await Promise.all([
    findTrafficBreakdown(actor, filters, "service"),
    findTrafficBreakdown(actor, filters, "ageBand"),
  ]);
  return (
    <div className="grid gap-6 2xl:grid-cols-2">
      <Card title={p.byService}>
        <SimpleTable
          caption={p.byService}
          rowHeaders
          {...tableOf(
            outcomeTable(t, locale, p.service),
            // The rollup names a service in Indonesian; the page names it in the visitor's language.
            service.map((row) => ({ ...row, label: serviceName(row.key, locale) })),
          )}
        />
      </Card>
      <Card title={p.byAgeBand}>
        <SimpleTable caption={p.byAgeBand} rowHeaders {...tableOf(outcomeTable(t, locale, p.byAgeBand), ageBand)} />
      </Card>
    </div>
  );
}

const tableOf = (table: ReturnType<typeof outcomeTable>, rows: readonly BreakdownRow[]) => ({
  headers: table.headers,
  rows: table.rows(rows),
});

/** The ten busiest and ten quietest offices. */
export async function OfficesSections({ actor, filters, t, locale }: SectionProps) {
  const p = t.trafficPage;
  const busiest = [...(await findTrafficBreakdown(actor, filters, "office"))].sort((a, b) => b.total - a.total);
  const rows = (offices: BreakdownRow[]) =>
    offices.map((o) => ({
      key: o.key,
      cells: [
        <Link key="office" href={`/offices/${encodeURIComponent(o.key)}`} className="text-brand-700 hover:underline">
          {o.label}
        </Link>,
        formatNumber(o.total, locale),
      ],
    }));
  const headers = [t.compliancePage.office, p.total];
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <Card title={p.topOffices}>
        <SimpleTable caption={p.topOffices} rowHeaders headers={headers} rows={rows(busiest.slice(0, 10))} />
      </Card>
      <Card title={p.bottomOffices}>
        <SimpleTable caption={p.bottomOffices} rowHeaders headers={headers} rows={rows(busiest.slice(-10).reverse())} />
      </Card>
    </div>
  );
}
