import { pageTitle } from "@/lib/i18n/page-title";
import { Suspense } from "react";
import { requirePagePermission } from "@/lib/auth/guard";
import { bindsToAgency, can } from "@/lib/auth/permissions";
import { keptQuery, PeriodControl } from "@/components/period/period-control";
import { findPagePeriod } from "@/lib/data/period";
import { getDictionary } from "@/lib/i18n/server";
import { firstValues } from "@/lib/validations/list-params";
import { TRAFFIC_DEFAULT } from "@/lib/validations/traffic";
import { HeadlinesCard } from "./headlines-card";
import { ReleasesCard } from "./releases-card";
import { TodoCard } from "./todo-card";
import { VisitsPerDayWidget } from "./visits-per-day-widget";

export const generateMetadata = () => pageTitle((t) => t.titles.dashboard);

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("dashboard.view");
  const { t, locale } = await getDictionary();
  const raw = firstValues(await searchParams);
  const period = await findPagePeriod(raw, TRAFFIC_DEFAULT);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        {t.dashboard.welcome}, {actor.name}
      </h1>
      {!bindsToAgency(actor.role) && (
        <Suspense
          fallback={<p className="rounded-lg border border-gray-200 bg-white p-6 text-gray-600">{t.table.loading}</p>}
        >
          <HeadlinesCard actor={actor} />
        </Suspense>
      )}
      <PeriodControl page={period} keep={keptQuery(raw)} t={t.period} locale={locale} />
      <Suspense
        fallback={<p className="rounded-lg border border-gray-200 bg-white p-6 text-gray-600">{t.table.loading}</p>}
      >
        <VisitsPerDayWidget actor={actor} period={period.period} />
      </Suspense>
      {bindsToAgency(actor.role) && (
        <Suspense
          fallback={<p className="rounded-lg border border-gray-200 bg-white p-6 text-gray-600">{t.table.loading}</p>}
        >
          <TodoCard actor={actor} />
        </Suspense>
      )}
      {can(actor, "releases.publish") && (
        <Suspense
          fallback={<p className="rounded-lg border border-gray-200 bg-white p-6 text-gray-600">{t.table.loading}</p>}
        >
          <ReleasesCard t={t} locale={locale} />
        </Suspense>
      )}
    </div>
  );
}
