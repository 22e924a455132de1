import { formatWibDay } from "@/lib/format";
import type { Locale } from "@/lib/i18n/dictionaries";

type Erratum = { id: string; publishedAt: Date; affected: string; descriptionId: string; descriptionEn: string };

/** Published errata, newest first, in the page's language; `empty` when there are none. */
export function ErrataList({ errata, empty, locale }: { errata: Erratum[]; empty: string; locale: Locale }) {
  if (errata.length === 0) return <p className="text-sm text-gray-600">{empty}</p>;
  return (
    <ul className="space-y-2 text-sm">
      {errata.map((e) => (
        <li key={e.id}>
          <strong>{formatWibDay(e.publishedAt, locale)}</strong> ({e.affected}):{" "}
          {locale === "id" ? e.descriptionId : e.descriptionEn}
        </li>
      ))}
    </ul>
  );
}
