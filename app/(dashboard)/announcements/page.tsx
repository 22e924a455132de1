import { pageTitle } from "@/lib/i18n/page-title";
import { ErrataList } from "@/components/public/errata-list";
import { Card } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { listAnnouncements } from "@/lib/data/announcements";
import { listErrata } from "@/lib/data/errata";
import { formatDateTime } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/server";
import { AnnouncementForm, ErratumForm, PublishToggle } from "./forms";

export const generateMetadata = () => pageTitle((t) => t.titles.announcements);

export default async function AnnouncementsPage() {
  await requirePagePermission("announcements.write");
  const { t, locale } = await getDictionary();
  const a = t.announcements;
  const [announcements, errata] = await Promise.all([listAnnouncements(), listErrata()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{a.title}</h1>
        <p className="mt-1 max-w-3xl text-sm text-gray-700">{a.lead}</p>
      </div>
      <Card title={a.newAnnouncement}>
        <AnnouncementForm t={a} />
      </Card>
      <Card title={a.list}>
        {announcements.length === 0 ? (
          <p className="text-sm text-gray-600">{a.empty}</p>
        ) : (
          <ul className="divide-y divide-gray-100">
            {announcements.map((item) => (
              <li key={item.id} className="space-y-2 py-3" aria-label={item.titleId}>
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <p className="font-semibold">
                      {item.titleId} <span className="font-normal text-gray-600">/ {item.titleEn}</span>
                    </p>
                    <p className="text-xs text-gray-600">
                      {item.publishedAt
                        ? a.publishedOn.replace("{at}", formatDateTime(item.publishedAt, locale))
                        : a.draft}
                    </p>
                  </div>
                  <PublishToggle id={item.id} title={item.titleId} published={Boolean(item.publishedAt)} t={a} />
                </div>
                <p className="whitespace-pre-line text-sm text-gray-800">
                  {locale === "id" ? item.bodyId : item.bodyEn}
                </p>
                {!item.publishedAt && (
                  <details>
                    <summary className="cursor-pointer text-sm font-medium text-brand-700">{a.edit}</summary>
                    <div className="mt-2">
                      <AnnouncementForm t={a} id={item.id} initial={item} />
                    </div>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={a.errata}>
        <ErratumForm t={a} />
        <h3 className="mt-6 font-semibold">{a.errata}</h3>
        <div className="mt-2">
          <ErrataList errata={errata} empty={a.noErrata} locale={locale} />
        </div>
      </Card>
    </div>
  );
}
