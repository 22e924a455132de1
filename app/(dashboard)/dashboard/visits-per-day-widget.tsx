import { ChartDataTable } from "@/components/charts/chart-data-table";
import { CategoryLinesChart } from "@/components/charts/lazy-charts";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can, type Actor } from "@/lib/auth/permissions";
import type { Period } from "@/lib/validations/period";
import { findDailyVisits } from "@/lib/data/traffic";
import { formatDay, formatNumber } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/server";

/** The dashboard's chart: visits per day of the period in the actor's scope, with its numbers as a table. */
export async function VisitsPerDayWidget({ actor, period }: { actor: Actor; period: Period }) {
  const { t, locale } = await getDictionary();
  const data = await findDailyVisits(actor, period);
  const hint = can(actor, "agencies.readAll") ? t.dashboard.visitsPerDayHint : t.dashboard.visitsPerDayAgencyHint;
  return (
    <Card title={t.dashboard.visitsPerDay} description={hint}>
      {data.every((d) => d.visits === 0) ? (
        <p className="text-gray-600">{t.dashboard.noTraffic}</p>
      ) : (
        <>
          <CategoryLinesChart
            data={data}
            category="day"
            series={[{ key: "visits", label: t.dashboard.visits, color: "#0f5f39" }]}
            label={t.dashboard.visitsPerDay}
            axes={{ x: { title: t.charts.day, kind: "day" }, y: { title: t.charts.visits } }}
            notes={t.charts}
            locale={locale}
          />
          <ChartDataTable
            summary={t.dashboard.dataTable}
            caption={t.dashboard.visitsPerDay}
            headers={[t.dashboard.date, t.dashboard.visits]}
            rows={data.map((d) => [formatDay(d.day, locale), formatNumber(d.visits, locale)])}
            footer={
              <a
                href={`/dashboard/visits-per-day.csv?${new URLSearchParams({ from: period.from, to: period.to })}`}
                className={buttonClass("secondary", "mt-2")}
                download
              >
                {t.dashboard.downloadCsv}
              </a>
            }
          />
        </>
      )}
    </Card>
  );
}
