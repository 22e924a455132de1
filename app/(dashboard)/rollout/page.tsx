import { pageTitle } from "@/lib/i18n/page-title";
import { CategoryBarChart } from "@/components/charts/lazy-charts";
import { STAGE_COLORS } from "@/components/charts/palette";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SimpleTable } from "@/components/ui/simple-table";
import { requirePagePermission } from "@/lib/auth/guard";
import { findAgencyProgress, findOverdueOffices, findStageCounts, findStagesByKecamatan } from "@/lib/data/rollout";
import { today } from "@/lib/clock";
import { findDataCoverage } from "@/lib/data/traffic-table";
import { formatDay, formatDayRange, formatNumber, formatPercent } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/server";
import { firstValues } from "@/lib/validations/list-params";
import { overdueParamsSchema } from "@/lib/validations/rollout";
import { ROLLOUT_STAGES } from "@/lib/vocabulary";
import { OverdueTable } from "./overdue-table";
import { sliceOf } from "@/lib/i18n/slice";

export const generateMetadata = () => pageTitle((t) => t.titles.rollout);

export default async function RolloutPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("rollout.read");
  const { t, locale } = await getDictionary();
  const r = t.rolloutPage;
  const raw = firstValues(await searchParams);
  const params = overdueParamsSchema.parse(raw);
  const asOf = today();
  const coverage = await findDataCoverage();
  const [stages, byKecamatan, agencies, overdue] = await Promise.all([
    findStageCounts(actor),
    findStagesByKecamatan(actor),
    findAgencyProgress(actor, asOf),
    findOverdueOffices(actor, params, asOf),
  ]);
  const stageSeries = ROLLOUT_STAGES.map((s, i) => ({ key: s, label: t.stages[s], color: STAGE_COLORS[i] }));
  const exportQuery = new URLSearchParams(
    Object.entries(raw).filter((e): e is [string, string] => Boolean(e[1]) && !["page", "perPage"].includes(e[0])),
  );

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{r.title}</h1>
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title={r.funnel}>
          <CategoryBarChart
            data={stages.map((s) => ({ stage: t.stages[s.stage], count: s.count }))}
            category="stage"
            series={[{ key: "count", label: r.total, color: "#0f5f39" }]}
            label={r.funnel}
            axes={{ x: { title: t.charts.stage, kind: "text" }, y: { title: t.charts.offices } }}
            notes={t.charts}
            locale={locale}
            horizontal
          />
          <ChartDataTable
            summary={t.dashboard.dataTable}
            caption={r.funnel}
            headers={[t.agencies.stage, r.total]}
            rows={stages.map((s) => [t.stages[s.stage], formatNumber(s.count, locale)])}
          />
        </Card>
        <Card title={r.byKecamatan}>
          <CategoryBarChart
            data={byKecamatan}
            category="name"
            series={stageSeries}
            label={r.byKecamatan}
            axes={{ x: { title: t.charts.kecamatan, kind: "text" }, y: { title: t.charts.offices } }}
            notes={t.charts}
            locale={locale}
            stacked
          />
          <ChartDataTable
            summary={t.dashboard.dataTable}
            caption={r.byKecamatan}
            headers={[t.agencies.kecamatan, ...stageSeries.map((s) => s.label), r.total]}
            rows={byKecamatan.map((k) => [k.name, ...ROLLOUT_STAGES.map((s) => k[s]), k.total])}
          />
        </Card>
      </div>
      <Card title={r.agencies}>
        <SimpleTable
          caption={r.agencies}
          headers={[t.agencies.name, t.agencies.offices, r.progress, t.agencies.deadline, r.overdue]}
          rows={agencies.map((a) => ({
            key: a.code,
            cells: [
              a.name,
              a.offices,
              <div key="share" className="flex items-center gap-2">
                <div className="h-2 w-24 rounded bg-gray-200" aria-hidden="true">
                  <div className="h-2 rounded bg-brand-600" style={{ width: `${Math.round((a.share ?? 0) * 100)}%` }} />
                </div>
                {a.share === null ? "–" : `${formatPercent(a.share, locale)} (${a.scanning})`}
              </div>,
              a.deadline ? formatDay(a.deadline, locale) : "–",
              <span key="overdue" className={a.overdue ? "font-medium text-red-700" : undefined}>
                {a.overdue}
              </span>,
            ],
          }))}
        />
      </Card>
      <Card id="terlambat" className="scroll-mt-4" title={params.show === "all" ? r.allOffices : r.overdueList}>
        <p className="mb-3 text-sm text-gray-700" data-testid="period-line">
          {r.lateCountedTo.replace("{day}", formatDay(asOf, locale))}
          {" · "}
          {coverage.first && coverage.last
            ? t.period.available.replace("{range}", formatDayRange(coverage.first, coverage.last, locale))
            : t.period.noData}
        </p>
        <form className="mb-3 flex flex-wrap items-end gap-2 text-sm">
          <div className="flex flex-col gap-1 font-medium">
            <label htmlFor="show">{r.show}</label>
            <select
              id="show"
              name="show"
              defaultValue={params.show ?? ""}
              className="rounded-md border border-gray-300 px-2 py-1.5"
            >
              <option value="">{r.overdueOnly}</option>
              <option value="all">{r.allOffices}</option>
            </select>
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            {t.compliancePage.apply}
          </button>
        </form>
        <OverdueTable
          page={overdue}
          sort={params.sort}
          q={params.q}
          exportHref={`/rollout/overdue.csv?${exportQuery}`}
          t={sliceOf(t, "agencies", "stages", "table", "rolloutPage", "compliancePage")}
          locale={locale}
        />
      </Card>
    </div>
  );
}
