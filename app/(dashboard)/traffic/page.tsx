import type { Metadata } from "next";
import { CategoryBarChart } from "@/components/charts/bar-chart";
import { CategoryLinesChart } from "@/components/charts/lines-chart";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { KecamatanMap } from "@/components/charts/kecamatan-map";
import { STAGE_COLORS } from "@/components/charts/palette";
import { Card } from "@/components/ui/card";
import { SimpleTable } from "@/components/ui/simple-table";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { findAgencies } from "@/lib/data/agencies";
import { findKelurahanOptions } from "@/lib/data/areas";
import { findTrafficBreakdown, refusalShares, type BreakdownRow } from "@/lib/data/traffic-breakdown";
import { latestTrafficDay } from "@/lib/data/traffic-table";
import { findFallingReferralShares, findReferralsByPost } from "@/lib/data/referrals";
import { formatNumber, formatPercent } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/server";
import { agencyListParamsSchema } from "@/lib/validations/agency";
import { firstValues } from "@/lib/validations/list-params";
import { trafficFiltersSchema } from "@/lib/validations/traffic";
import { OUTCOMES } from "@/lib/vocabulary";
import { TrafficFiltersForm } from "./filters-form";

export const metadata: Metadata = { title: "Lalu lintas" };

const OUTCOME_COLORS = [STAGE_COLORS[4], STAGE_COLORS[3], STAGE_COLORS[1], STAGE_COLORS[2], STAGE_COLORS[5]];

export default async function TrafficPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("traffic.read");
  const { t, locale } = await getDictionary();
  const p = t.trafficPage;
  const raw = firstValues(await searchParams);
  const filters = trafficFiltersSchema((await latestTrafficDay()) ?? new Date().toISOString().slice(0, 10)).parse(raw);
  const [time, kecamatan, service, ageBand, offices, kelurahan, agencies, referrals, falling] = await Promise.all([
    findTrafficBreakdown(actor, filters, "time"),
    findTrafficBreakdown(actor, filters, "kecamatan"),
    findTrafficBreakdown(actor, filters, "service"),
    findTrafficBreakdown(actor, filters, "ageBand"),
    findTrafficBreakdown(actor, filters, "office"),
    findKelurahanOptions(),
    can(actor, "agencies.readAll") ? findAgencies(actor, agencyListParamsSchema.parse({ perPage: "100" })) : null,
    findReferralsByPost(actor, filters),
    findFallingReferralShares(actor, filters),
  ]);
  const percent = (share: number) => formatPercent(share, locale);
  const trendLines = falling.slice(0, 5);
  const trendWeeks = [...new Set(trendLines.flatMap((o) => o.weeks.map((w) => w.week)))].sort();
  const kecamatanOptions = [...new Map(kelurahan.map((k) => [k.kecamatan, k])).values()].map((k) => ({ code: k.code.slice(0, 8), name: k.kecamatan }));
  const series = OUTCOMES.map((o, i) => ({ key: o, label: t.outcomes[o], color: OUTCOME_COLORS[i] }));
  const query = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => Boolean(e[1])));
  const csv = (dimension: string) => `/traffic/export.csv?${new URLSearchParams({ ...Object.fromEntries(query), dimension })}`;
  const outcomeRows = (rows: BreakdownRow[]) =>
    rows.map((r) => ({ key: r.key, cells: [r.label, ...OUTCOMES.map((o) => formatNumber(r[o], locale)), formatNumber(r.total, locale)] }));
  const outcomeHeaders = (first: string) => [first, ...OUTCOMES.map((o) => t.outcomes[o]), p.total];
  const busiest = [...offices].sort((a, b) => b.total - a.total);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{p.title}</h1>
      <TrafficFiltersForm filters={filters} kecamatan={kecamatanOptions} agencies={agencies?.rows ?? null} t={p} locale={locale} />
      {time.length === 0 ? (
        <p className="rounded-lg border border-gray-200 bg-white p-6 text-gray-600">{p.empty}</p>
      ) : (
        <>
          <Card title={p.overTime}>
            <CategoryBarChart data={time} category="label" series={series} label={p.overTime} stacked />
            <ChartDataTable
              summary={t.dashboard.dataTable}
              caption={p.overTime}
              headers={outcomeHeaders(p.period)}
              rows={outcomeRows(time).map((r) => r.cells as string[])}
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
                label: r.label,
                referred: Math.round((refusalShares(r).referred ?? 0) * 1000) / 10,
                denied: Math.round((refusalShares(r).denied ?? 0) * 1000) / 10,
              }))}
              category="label"
              series={[
                { key: "referred", label: `${p.referredShare} (%)`, color: OUTCOME_COLORS[3] },
                { key: "denied", label: `${p.deniedShare} (%)`, color: OUTCOME_COLORS[4] },
              ]}
              label={p.refusals}
            />
            <ChartDataTable
              summary={t.dashboard.dataTable}
              caption={p.refusals}
              headers={[p.period, p.referredShare, p.deniedShare]}
              rows={time.map((r) => {
                const s = refusalShares(r);
                return [r.label, s.referred === null ? "–" : formatPercent(s.referred, locale), s.denied === null ? "–" : formatPercent(s.denied, locale)];
              })}
            />
          </Card>
          <Card title={p.byKecamatan}>
            <div className="grid gap-4 lg:grid-cols-[28rem_1fr]">
              <KecamatanMap
                label={p.map}
                areas={kecamatan.map((k) => ({ code: k.key, name: k.label, value: k.total, display: formatNumber(k.total, locale) }))}
              />
              <SimpleTable caption={p.byKecamatan} rowHeaders headers={outcomeHeaders(p.kecamatan)} rows={outcomeRows(kecamatan)} />
            </div>
            <a href={csv("kecamatan")} className="mt-2 inline-block text-sm font-medium text-brand-700 underline">
              {p.csv}
            </a>
          </Card>
          <div className="grid gap-6 xl:grid-cols-2">
            <Card title={p.byService}>
              <SimpleTable caption={p.byService} rowHeaders headers={outcomeHeaders(p.service)} rows={outcomeRows(service)} />
            </Card>
            <Card title={p.byAgeBand}>
              <SimpleTable caption={p.byAgeBand} rowHeaders headers={outcomeHeaders(p.byAgeBand)} rows={outcomeRows(ageBand)} />
            </Card>
          </div>
          <Card title={p.referrals}>
            <p className="mb-3 text-sm text-gray-700" data-testid="referrals-named">
              {formatNumber(referrals.withPost, locale)} / {formatNumber(referrals.referred, locale)} {p.referralsNamed}
            </p>
            {referrals.posts.length === 0 ? (
              <p className="text-gray-600">{p.referralsEmpty}</p>
            ) : (
              <>
                <CategoryBarChart
                  data={referrals.posts.map((r) => ({ label: r.name.replace("Sentra Vaksinasi ", ""), referrals: r.referrals }))}
                  category="label"
                  series={[{ key: "referrals", label: p.referralCount, color: OUTCOME_COLORS[3] }]}
                  label={p.referrals}
                />
                <ChartDataTable
                  summary={t.dashboard.dataTable}
                  caption={p.referrals}
                  headers={[p.post, p.postKecamatan, p.referralCount, p.referringOffices]}
                  rows={referrals.posts.map((r) => [`${r.name} (${r.code})`, r.kecamatan, formatNumber(r.referrals, locale), formatNumber(r.offices, locale)])}
                  footer={
                    <a href={csv("posts")} className="mt-2 inline-block font-medium text-brand-700 underline">
                      {p.csv}
                    </a>
                  }
                />
              </>
            )}
          </Card>
          <Card title={p.trend}>
            <p className="mb-3 text-sm text-gray-700">{p.trendLead}</p>
            {falling.length === 0 ? (
              <p className="text-gray-600">{p.trendEmpty}</p>
            ) : (
              <>
                <CategoryLinesChart
                  data={trendWeeks.map((week) => ({
                    week,
                    ...Object.fromEntries(
                      trendLines.map((o) => {
                        const share = o.weeks.find((w) => w.week === week)?.share;
                        return [o.office, share === undefined ? null : Math.round(share * 1000) / 10];
                      }),
                    ),
                  }))}
                  category="week"
                  series={trendLines.map((o, i) => ({ key: o.office, label: o.label, color: STAGE_COLORS[(i + 1) % STAGE_COLORS.length] }))}
                  label={`${p.trend} (%)`}
                />
                <SimpleTable
                  caption={p.trend}
                  rowHeaders
                  headers={[t.compliancePage.office, p.firstWeek, p.lastWeek, p.perWeek, p.referralCount]}
                  rows={falling.slice(0, 20).map((o) => ({
                    key: o.office,
                    cells: [
                      o.label,
                      percent(o.first),
                      percent(o.last),
                      formatNumber(Math.round(o.slope * 1000) / 10, locale),
                      formatNumber(o.referred, locale),
                    ],
                  }))}
                />
                <a href={csv("referralTrend")} className="mt-2 inline-block text-sm font-medium text-brand-700 underline">
                  {p.csv}
                </a>
              </>
            )}
          </Card>
          <div className="grid gap-6 xl:grid-cols-2">
            <Card title={p.topOffices}>
              <SimpleTable
                caption={p.topOffices}
                rowHeaders
                headers={[t.compliancePage.office, p.total]}
                rows={busiest.slice(0, 10).map((o) => ({ key: o.key, cells: [o.label, formatNumber(o.total, locale)] }))}
              />
            </Card>
            <Card title={p.bottomOffices}>
              <SimpleTable
                caption={p.bottomOffices}
                rowHeaders
                headers={[t.compliancePage.office, p.total]}
                rows={busiest
                  .slice(-10)
                  .reverse()
                  .map((o) => ({ key: o.key, cells: [o.label, formatNumber(o.total, locale)] }))}
              />
            </Card>
          </div>
        </>
      )}
    </div>
  );
}
