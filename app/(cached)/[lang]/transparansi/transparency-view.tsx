import Link from "next/link";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { CategoryLinesChart } from "@/components/charts/lazy-charts";
import { PARTIAL } from "@/components/charts/chart-data";
import { OfficeLookup } from "@/components/public/office-lookup";
import { Card } from "@/components/ui/card";
import { SimpleTable } from "@/components/ui/simple-table";
import { buttonClass } from "@/components/ui/button";
import { Stat } from "@/components/ui/stat";
import { findOpenTrafficTable } from "@/lib/data/open-data";
import { findActiveCirculars } from "@/lib/data/public-stats";
import { listErrata } from "@/lib/data/errata";
import { listPublishedAnnouncements } from "@/lib/data/announcements";
import { AnnouncementList } from "@/components/public/announcement-list";
import { ErrataList } from "@/components/public/errata-list";
import { findReleasedMonths, latestPublicMonth, type ReleasedMonth } from "@/lib/data/public-releases";
import { formatDateTime, formatDay, formatDayRange, formatMonth, formatNumber, formatPercent } from "@/lib/format";
import { DICTIONARIES, type Locale } from "@/lib/i18n/dictionaries";
import { SUPPRESSED_MARK } from "@/lib/stats/suppress";
import type { Cell } from "@/lib/stats/suppress-lines";
import { thisMonth as currentMonth } from "@/lib/clock";
import { addMonths, lastDayOf } from "@/lib/day";
import { FIRST_PUBLIC_MONTH } from "@/lib/validations/open-data";
import { isPartialBucket } from "@/lib/stats/partial-periods";
import { OUTCOMES } from "@/lib/vocabulary";

const shown = (v: Cell, locale: Locale) => (v === null ? SUPPRESSED_MARK : formatNumber(v, locale));

/** The released months that are over, oldest first: the transparency page's month choices. */
export async function findPublicMonths(): Promise<ReleasedMonth[]> {
  const thisMonth = currentMonth();
  return (await findReleasedMonths()).filter((r) => r.month < thisMonth).sort((a, b) => a.month.localeCompare(b.month));
}

/**
 * The transparency page for one month (null: the latest month that is over). Cached: see
 * ../layout.tsx; a month is a path (/transparansi/2022-01), never a search parameter, so
 * every month is one cached page. The office look-up goes to /kantor.
 */
export async function TransparencyView({ locale, month: asked }: { locale: Locale; month: string | null }) {
  const t = DICTIONARIES[locale];
  const p = t.transparency;
  const [months, latest] = await Promise.all([findPublicMonths(), latestPublicMonth()]);
  const month = asked ?? latest;
  const range = month ? { from: `${month}-01`, to: lastDayOf(month) } : {};
  const weeksFrom = month ? [addMonths(month, -5), FIRST_PUBLIC_MONTH].sort().at(-1) : undefined;
  const release = months.find((r) => r.month === month);
  const [outcomes, weekly, kecamatan, circulars, errata, announcements] = await Promise.all([
    findOpenTrafficTable({ by: "outcome", ...range }),
    findOpenTrafficTable({ by: "week", ...range, ...(weeksFrom ? { from: `${weeksFrom}-01` } : {}) }),
    findOpenTrafficTable({ by: "kecamatan", ...range }),
    findActiveCirculars(),
    listErrata(),
    listPublishedAnnouncements(),
  ]);
  const monthName = month ? formatMonth(month, locale) : "–";
  const partialWeek = (week: string) => isPartialBucket(week, "week", weekly.meta);
  const total = outcomes.totals.total;
  const share = (v: Cell) => (v !== null && total !== null && total > 0 ? formatPercent(v / total, locale) : "–");

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{p.title}</h1>
        <p className="mt-2 text-gray-700">{p.lead}</p>
      </div>
      <AnnouncementList announcements={announcements} title={t.announcements.publicTitle} locale={locale} />
      {months.length > 0 && (
        <nav aria-label={p.months} className="space-y-1 text-sm">
          <p className="font-medium">{p.months}</p>
          <ul className="flex flex-wrap gap-2">
            {months.map((r) => (
              <li key={r.month}>
                <Link
                  href={`/transparansi/${r.month}`}
                  aria-current={r.month === month ? "page" : undefined}
                  className={buttonClass(r.month === month ? "primary" : "secondary", "min-h-8 px-3 py-1")}
                >
                  {formatMonth(r.month, locale)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {release && (
        <p className="text-sm text-gray-700" data-testid="public-period">
          {t.period.showing.replace("{range}", formatDayRange(outcomes.meta.from, outcomes.meta.to, locale))}
          {" · "}
          {t.period.available.replace(
            "{range}",
            formatDayRange(`${months[0].month}-01`, lastDayOf(months.at(-1)!.month), locale),
          )}
          {" · "}
          {p.computedAt
            .replace("{version}", String(release.version))
            .replace("{at}", formatDateTime(release.publishedAt, locale))}
          {" · "}
          <span data-testid="release-status">
            {(release.status === "final" ? p.finalSince : p.finalFrom)
              .replace("{status}", p.statuses[release.status])
              .replace("{day}", formatDay(release.finalOn, locale))}
          </span>
        </p>
      )}

      <section aria-labelledby="shares">
        <h2 id="shares" className="text-xl font-semibold">
          {p.shares.replace("{month}", monthName)}
        </h2>
        <dl className="mt-3 grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
          <Stat
            label={p.officesLive}
            value={release?.scanningOffices == null ? "–" : formatNumber(release.scanningOffices, locale)}
          />
          {OUTCOMES.map((o) => (
            <Stat
              key={o}
              label={t.outcomes[o]}
              value={`${shown(outcomes.totals.cells[o], locale)} (${share(outcomes.totals.cells[o])})`}
            />
          ))}
        </dl>
      </section>

      <Card title={p.overTime.replace("{month}", monthName)}>
        <CategoryLinesChart
          data={weekly.rows.map((r) => ({ week: r.key, visits: r.total, [PARTIAL]: partialWeek(r.key) }))}
          category="week"
          series={[{ key: "visits", label: p.total, color: "#0f5f39" }]}
          label={p.overTime.replace("{month}", monthName)}
          axes={{ x: { title: t.charts.week, kind: "day" }, y: { title: t.charts.visits } }}
          notes={t.charts}
          locale={locale}
        />
        <ChartDataTable
          summary={t.dashboard.dataTable}
          caption={p.overTime.replace("{month}", monthName)}
          headers={[p.week, p.total]}
          rows={weekly.rows.map((r) => [
            `${formatDay(r.key, locale)}${partialWeek(r.key) ? ` (${t.charts.partial})` : ""}`,
            shown(r.total, locale),
          ])}
        />
      </Card>

      <Card title={p.byKecamatan.replace("{month}", monthName)}>
        <SimpleTable
          caption={p.byKecamatan.replace("{month}", monthName)}
          rowHeaders
          headers={[t.agencies.kecamatan, ...OUTCOMES.map((o) => t.outcomes[o]), p.total]}
          rows={[
            ...kecamatan.rows.map((r) => ({
              key: r.key,
              cells: [r.label ?? r.key, ...OUTCOMES.map((o) => shown(r.cells[o], locale)), shown(r.total, locale)],
            })),
            ...(kecamatan.late
              ? [
                  {
                    key: "late",
                    className: "border-t-2 border-gray-300 italic",
                    cells: [
                      `${p.lateRow}*`,
                      ...OUTCOMES.map((o) => shown(kecamatan.late!.cells[o], locale)),
                      shown(kecamatan.late.total, locale),
                    ],
                  },
                ]
              : []),
          ]}
        />
        {kecamatan.late && (
          <p className="mt-2 text-sm text-gray-700" data-testid="late-row-note">
            * {p.lateNote.replace("{total}", shown(kecamatan.totalWithLate ?? null, locale))}
          </p>
        )}
        <p className="mt-3 text-sm">
          <a href="/api/v1/open-data/traffic.csv?by=kecamatan" className="font-medium text-brand-700 underline">
            {p.openData}
          </a>{" "}
          ·{" "}
          <a href="/api/v1/open-data/meta.json" className="font-medium text-brand-700 underline">
            meta.json
          </a>
        </p>
      </Card>

      <Card title={p.circulars}>
        <ul className="space-y-1">
          {circulars.map((c) => (
            <li key={c.number}>
              Surat Edaran {c.number}: {c.title}
            </li>
          ))}
        </ul>
        <Link href="/surat-edaran" className="mt-2 inline-block font-medium text-brand-700 underline">
          {p.allCirculars}
        </Link>
      </Card>

      <Card title={p.lookup}>
        <OfficeLookup t={t} />
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={p.definitions}>
          <ul className="list-disc space-y-1 pl-5 text-sm text-gray-800">
            {Object.entries(p.definitionList).map(([key, text]) => (
              <li key={key}>{text}</li>
            ))}
          </ul>
        </Card>
        <Card title={p.errata}>
          <ErrataList errata={errata} empty={p.noErrata} locale={locale} />
        </Card>
      </div>
    </div>
  );
}
