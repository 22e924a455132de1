import { ChartDataTable } from "@/components/charts/chart-data-table";
import { VisitsPerDayChart } from "@/components/charts/lazy-charts";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can, type Actor } from "@/lib/auth/permissions";
import { findDailyVisits } from "@/lib/data/traffic";
import { formatDay, formatNumber } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/server";

/** The dashboard's chart: visits per day in the actor's scope, with its numbers as a table. */
export async function VisitsPerDayWidget({ actor }: { actor: Actor }) {
  const { t, locale } = await getDictionary();
  const data = await findDailyVisits(actor);
  const hint = can(actor, "agencies.readAll") ? t.dashboard.visitsPerDayHint : t.dashboard.visitsPerDayAgencyHint;
  return (
    <Card title={t.dashboard.visitsPerDay} description={hint}>
      {data.length === 0 ? (
        <p className="text-gray-600">{t.dashboard.noTraffic}</p>
      ) : (
        <>
          <VisitsPerDayChart data={data} label={t.dashboard.visits} locale={locale} />
          <ChartDataTable
            summary={t.dashboard.dataTable}
            caption={t.dashboard.visitsPerDay}
            headers={[t.dashboard.date, t.dashboard.visits]}
            rows={data.map((d) => [formatDay(d.day, locale), formatNumber(d.visits, locale)])}
            footer={
              <a href="/dashboard/visits-per-day.csv" className={buttonClass("secondary", "mt-2")} download>
                {t.dashboard.downloadCsv}
              </a>
            }
          />
        </>
      )}
    </Card>
  );
}
