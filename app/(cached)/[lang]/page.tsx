import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { AnnouncementList } from "@/components/public/announcement-list";
import { listPublishedAnnouncements } from "@/lib/data/announcements";
import { findActiveCirculars, getHeadlineNumbers } from "@/lib/data/public-stats";
import { formatDay, formatNumber, formatPercent } from "@/lib/format";
import { DICTIONARIES, isLocale } from "@/lib/i18n/dictionaries";
import { SUPPRESSED_MARK, type PublishedCount } from "@/lib/stats/suppress";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  const t = DICTIONARIES[isLocale(lang) ? lang : "id"];
  return { title: { absolute: `${t.appName} — ${t.city}` } };
}

// Cached: see ../layout.tsx. The language is the URL's (next.config.js rewrites / by the cookie).
export default async function HomePage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  const locale = isLocale(lang) ? lang : "id";
  const t = DICTIONARIES[locale];
  const [numbers, circulars, announcements] = await Promise.all([
    getHeadlineNumbers(),
    findActiveCirculars(),
    listPublishedAnnouncements(),
  ]);
  const count = (c: PublishedCount) => (c.suppressed ? SUPPRESSED_MARK : formatNumber(c.value, locale));

  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-3xl font-bold text-gray-900">
          {t.appName} <span className="block text-xl font-medium text-gray-600">{t.appLongName}</span>
        </h1>
        <p className="mt-4 max-w-3xl text-gray-700">{t.home.lead}</p>
      </section>

      <AnnouncementList announcements={announcements} title={t.announcements.publicTitle} locale={locale} />

      <section aria-labelledby="headline">
        <h2 id="headline" className="text-xl font-semibold">
          {t.home.headline}
        </h2>
        <dl className="mt-3 grid gap-4 sm:grid-cols-3">
          <Stat label={t.home.officesLive} value={count(numbers.officesLive)} />
          <Stat label={t.home.visitsMonth} value={count(numbers.visitsMonth)} />
          <Stat
            label={t.home.servedVaccinated}
            value={numbers.servedVaccinatedShare === null ? "–" : formatPercent(numbers.servedVaccinatedShare, locale)}
          />
        </dl>
        {numbers.dataUntil && (
          <p className="mt-2 text-sm text-gray-600">
            {t.home.dataUntil} {formatDay(numbers.dataUntil, locale)}
          </p>
        )}
      </section>

      <Card title={t.home.activeCircular}>
        {circulars.length === 0 ? (
          <p className="text-gray-600">{t.home.noActiveCircular}</p>
        ) : (
          <ul className="space-y-4">
            {circulars.map((c) => (
              <li key={c.number}>
                <p className="font-semibold">Surat Edaran {c.number}</p>
                <p className="text-gray-800">{c.title}</p>
                <p className="text-sm text-gray-600">
                  {t.home.effectiveSince} {formatDay(c.issuedOn, locale)}
                </p>
                <p className="mt-2 text-sm text-gray-700">{c.body}</p>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <p className="flex flex-wrap items-center gap-3 text-gray-700">
        {t.home.officialsSignIn}
        <Link href="/login" className={buttonClass("primary")}>
          {t.signIn}
        </Link>
      </p>
    </div>
  );
}
