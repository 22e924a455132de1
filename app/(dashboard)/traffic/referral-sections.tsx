import { CategoryBarChart } from "@/components/charts/lazy-charts";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { CategoryLinesChart } from "@/components/charts/lazy-charts";
import { STAGE_COLORS } from "@/components/charts/palette";
import { Card } from "@/components/ui/card";
import { SimpleTable } from "@/components/ui/simple-table";
import { findFallingReferralShares, findReferralsByPost } from "@/lib/data/referrals";
import { formatNumber, formatPercent } from "@/lib/format";
import { OUTCOME_COLORS } from "./outcome-sections";
import type { SectionProps } from "./section-context";

/** Referrals by the vaccination post visitors were sent to. */
export async function ReferralsSection({ actor, filters, t, locale, csv }: SectionProps) {
  const p = t.trafficPage;
  const referrals = await findReferralsByPost(actor, filters);
  return (
    <Card title={p.referrals}>
      <p className="mb-3 text-sm text-gray-700" data-testid="referrals-named">
        {formatNumber(referrals.withPost, locale)} / {formatNumber(referrals.referred, locale)} {p.referralsNamed}
      </p>
      {referrals.posts.length === 0 ? (
        <p className="text-gray-600">{p.referralsEmpty}</p>
      ) : (
        <>
          <CategoryBarChart
            data={referrals.posts.map((r) => ({
              label: r.name.replace("Sentra Vaksinasi ", ""),
              referrals: r.referrals,
            }))}
            category="label"
            series={[{ key: "referrals", label: p.referralCount, color: OUTCOME_COLORS[3] }]}
            label={p.referrals}
            axes={{ x: { title: t.charts.post, kind: "text" }, y: { title: t.charts.referrals } }}
            notes={t.charts}
            locale={locale}
          />
          <ChartDataTable
            summary={t.dashboard.dataTable}
            caption={p.referrals}
            headers={[p.post, p.postKecamatan, p.referralCount, p.referringOffices]}
            rows={referrals.posts.map((r) => [
              `${r.name} (${r.code})`,
              r.kecamatan,
              formatNumber(r.referrals, locale),
              formatNumber(r.offices, locale),
            ])}
            footer={
              <a href={csv("posts")} className="mt-2 inline-block font-medium text-brand-700 underline">
                {p.csv}
              </a>
            }
          />
        </>
      )}
    </Card>
  );
}

/** Offices whose weekly referred share is falling: the five steepest as lines, twenty in the table. */
export async function ReferralTrendSection({ actor, filters, t, locale, csv }: SectionProps) {
  const p = t.trafficPage;
  const falling = await findFallingReferralShares(actor, filters);
  const trendLines = falling.slice(0, 5);
  const trendWeeks = [...new Set(trendLines.flatMap((o) => o.weeks.map((w) => w.week)))].sort();
  const percent = (share: number) => formatPercent(share, locale);
  return (
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
            series={trendLines.map((o, i) => ({
              key: o.office,
              label: o.label,
              color: STAGE_COLORS[(i + 1) % STAGE_COLORS.length],
            }))}
            label={p.trend}
            axes={{ x: { title: t.charts.week, kind: "day" }, y: { title: t.charts.share, unit: "%" } }}
            notes={t.charts}
            locale={locale}
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
                formatNumber(Math.round(o.slope * 1000) / 10 || 0, locale),
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
  );
}
