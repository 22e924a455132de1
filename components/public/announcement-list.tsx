import { formatWibDay } from "@/lib/format";
import type { Locale } from "@/lib/i18n/dictionaries";

type Announcement = {
  id: string;
  titleId: string;
  titleEn: string;
  bodyId: string;
  bodyEn: string;
  publishedAt: Date | null;
};

/** The published announcements, in the page's language (home and transparency pages); nothing when there are none. */
export function AnnouncementList({
  announcements,
  title,
  locale,
}: {
  announcements: Announcement[];
  title: string;
  locale: Locale;
}) {
  if (announcements.length === 0) return null;
  return (
    <section aria-labelledby="announcements" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="announcements" className="text-lg font-semibold">
        {title}
      </h2>
      <ul className="mt-2 space-y-3">
        {announcements.map((a) => (
          <li key={a.id}>
            <p className="font-semibold">
              {locale === "id" ? a.titleId : a.titleEn}
              {a.publishedAt && (
                <span className="ml-2 text-sm font-normal text-gray-700">{formatWibDay(a.publishedAt, locale)}</span>
              )}
            </p>
            <p className="whitespace-pre-line text-sm text-gray-800">{locale === "id" ? a.bodyId : a.bodyEn}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
