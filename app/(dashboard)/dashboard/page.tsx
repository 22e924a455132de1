import type { Metadata } from "next";
import { Suspense } from "react";
import { requirePagePermission } from "@/lib/auth/guard";
import { getDictionary } from "@/lib/i18n/server";
import { VisitsPerDayWidget } from "./visits-per-day-widget";

export const metadata: Metadata = { title: "Dasbor" };

export default async function DashboardPage() {
  const actor = await requirePagePermission("dashboard.view");
  const { t } = await getDictionary();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        {t.dashboard.welcome}, {actor.name}
      </h1>
      <Suspense fallback={<p className="rounded-lg border border-gray-200 bg-white p-6 text-gray-600">{t.table.loading}</p>}>
        <VisitsPerDayWidget actor={actor} />
      </Suspense>
    </div>
  );
}
