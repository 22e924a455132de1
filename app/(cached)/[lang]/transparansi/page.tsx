import type { Metadata } from "next";
import Link from "next/link";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { VisitsPerDayChart } from "@/components/charts/lazy-charts";
import { OfficeLookup } from "@/components/public/office-lookup";
import { Card } from "@/components/ui/card";
import { SimpleTable } from "@/components/ui/simple-table";
import { Stat } from "@/components/ui/stat";
import { findOpenTrafficTable } from "@/lib/data/open-data";
import { lastUpdated } from "@/lib/data/public-releases";
import { findActiveCirculars, getHeadlineNumbers } from "@/lib/data/public-stats";
import { listErrata } from "@/lib/data/errata";
import { latestPublicMonth } from "@/lib/data/public-releases";
import { formatDateTime, formatDay, formatNumber, formatPercent } from "@/lib/format";
import { DICTIONARIES, isLocale, type Locale } from "@/lib/i18n/dictionaries";
import { SUPPRESSED_MARK } from "@/lib/stats/suppress";
import type { Cell } from "@/lib/stats/suppress-lines";
import { addMonths } from "@/lib/day";
import { OUTCOMES } from "@/lib/vocabulary";

export const metadata: Metadata = { title: "Transparansi" };

const shown = (v: Cell, locale: Locale) => (v === null ? SUPPRESSED_MARK : formatNumber(v, locale));

// Cached: see ../../layout.tsx. The office look-up goes to /kantor, so this page reads no search parameter.
export default async function TransparencyPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  const locale = isLocale(lang) ? lang : "id";
  const t = DICTIONARIES[locale];
  const p = t.transparency;
  const [headline, outcomes, weekly, kecamatan, circulars, errata, updated] = await Promise.all([
    getHeadlineNumbers(),
    findOpenTrafficTable({ by: "outcome" }),
    latestPublicMonth().then((month) =>
      findOpenTrafficTable({ by: "week", ...(month ? { from: `${addMonths(month, -5)}-01` } : {}) }),
    ),
    findOpenTrafficTable({ by: "kecamatan" }),
    findActiveCirculars(),
    listErrata(),
    lastUpdated(),
  ]);
  const total = outcomes.totals.total;
  const share = (v: Cell) => (v !== null && total !== null && total > 0 ? formatPercent(v / total, locale) : "–");

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{p.title}</h1>
        <p className="mt-2 text-gray-700">{p.lead}</p>
        {updated && (
          <p className="mt-1 text-sm text-gray-600" data-testid="last-updated">
            {p.lastUpdated}: {updated.length > 10 ? formatDateTime(updated, locale) : formatDay(updated, locale)}
          </p>
        )}
      </div>

      <section aria-labelledby="shares">
        <h2 id="shares" className="text-xl font-semibold">
          {p.shares}
        </h2>
        <p className="mt-1 text-sm text-gray-600" data-testid="public-period">
          {p.period}: {formatDay(outcomes.meta.from, locale)} – {formatDay(outcomes.meta.to, locale)}
        </p>
        <dl className="mt-3 grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
          <Stat
            label={p.officesLive}
            value={headline.officesLive.suppressed ? SUPPRESSED_MARK : formatNumber(headline.officesLive.value, locale)}
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

      <Card title={p.overTime}>
        <VisitsPerDayChart
          data={weekly.rows.map((r) => ({ day: r.key, visits: typeof r.total === "number" ? r.total : 0 }))}
          label={p.total}
          locale={locale}
        />
        <ChartDataTable
          summary={t.dashboard.dataTable}
          caption={p.overTime}
          headers={[p.week, p.total]}
          rows={weekly.rows.map((r) => [formatDay(r.key, locale), shown(r.total, locale)])}
        />
      </Card>

      <Card title={p.byKecamatan}>
        <SimpleTable
          caption={p.byKecamatan}
          rowHeaders
          headers={[t.agencies.kecamatan, ...OUTCOMES.map((o) => t.outcomes[o]), p.total]}
          rows={kecamatan.rows.map((r) => ({
            key: r.key,
            cells: [r.label ?? r.key, ...OUTCOMES.map((o) => shown(r.cells[o], locale)), shown(r.total, locale)],
          }))}
        />
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
          {errata.length === 0 ? (
            <p className="text-sm text-gray-600">{p.noErrata}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {errata.map((e) => (
                <li key={e.id}>
                  <strong>{formatDay(e.publishedAt, locale)}</strong> ({e.affected}):{" "}
                  {locale === "id" ? e.descriptionId : e.descriptionEn}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
