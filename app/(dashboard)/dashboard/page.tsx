import type { Metadata } from "next";
import { Suspense } from "react";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getDictionary } from "@/lib/i18n/server";
import { ReleasesCard } from "./releases-card";
import { VisitsPerDayWidget } from "./visits-per-day-widget";

export const metadata: Metadata = { title: "Dasbor" };

export default async function DashboardPage() {
  const actor = await requirePagePermission("dashboard.view");
  const { t, locale } = await getDictionary();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        {t.dashboard.welcome}, {actor.name}
      </h1>
      <Suspense
        fallback={<p className="rounded-lg border border-gray-200 bg-white p-6 text-gray-600">{t.table.loading}</p>}
      >
        <VisitsPerDayWidget actor={actor} />
      </Suspense>
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
