import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/permissions";
import { findHeadlines } from "@/lib/data/headlines";
import { formatDay, formatDayRange, formatMonth, formatNumber, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { getDictionary } from "@/lib/i18n/server";

type Tile = { label: string; value: string; detail: string; href: string };

/**
 * The task force's morning numbers, each a link to the page it comes from (GOV.UK and the UK
 * coronavirus dashboard: a headline figure always says where it is explained).
 */
export async function HeadlinesCard({ actor }: { actor: Actor }) {
  const { t, locale } = await getDictionary();
  const h = t.dashboard.headlines;
  const n = await findHeadlines(actor);
  const week = formatDayRange(n.week.from, n.week.to, locale);
  const weekQuery = `from=${n.week.from}&to=${n.week.to}`;
  const tiles: Tile[] = [
    {
      label: h.scanning,
      value: formatNumber(n.offices.scanning, locale),
      detail: fill(h.scanningDetail, { total: n.offices.total }, locale),
      href: "/rollout",
    },
    {
      label: h.overdue,
      value: formatNumber(n.offices.overdue, locale),
      detail: h.overdueDetail,
      href: "/rollout#terlambat",
    },
    {
      label: h.reporting,
      value:
        n.week.reportsExpected === 0 ? "–" : formatPercent(n.week.reportsReceived / n.week.reportsExpected, locale),
      detail: fill(
        h.reportingDetail,
        { received: n.week.reportsReceived, expected: n.week.reportsExpected, period: week },
        locale,
      ),
      href: `/compliance?${weekQuery}`,
    },
    {
      label: h.referrals,
      value: formatNumber(n.week.referrals, locale),
      detail: fill(h.referralsDetail, { period: week }, locale),
      href: `/traffic?${weekQuery}`,
    },
    {
      label: h.today,
      value: formatNumber(n.today.visits, locale),
      detail: fill(h.todayDetail, { day: formatDay(n.today.day, locale) }, locale),
      href: `/traffic?from=${n.today.day}&to=${n.today.day}`,
    },
  ];
  if (n.lateVisits)
    tiles.push({
      label: h.late,
      value: formatNumber(n.lateVisits.waiting, locale),
      detail:
        n.lateVisits.months.length === 0
          ? h.lateNone
          : fill(h.lateDetail, { months: n.lateVisits.months.map((m) => formatMonth(m, locale)).join(", ") }, locale),
      href: "#rilis-data-publik",
    });
  return (
    <Card title={h.title} description={h.lead}>
      <ul className="grid grid-cols-2 gap-2 sm:gap-3 lg:grid-cols-3">
        {tiles.map((tile) => (
          <li key={tile.label}>
            <Link
              href={tile.href}
              className="block h-full rounded-lg border border-gray-200 p-3 hover:border-brand-600 hover:bg-brand-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-700"
            >
              <span className="block text-sm text-gray-600">{tile.label}</span>
              <span className="mt-1 block text-2xl font-semibold tabular-nums text-brand-800 sm:text-3xl">
                {tile.value}
              </span>
              <span className="mt-1 block text-xs text-gray-600 sm:text-sm">{tile.detail}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
