import { getDictionary } from "@/lib/i18n/server";
import { MessagePage } from "./message-page";

/**
 * "Page not found" in the visitor's language, for the not-found.tsx of groups whose pages read
 * the language anyway. Only officials are told a page may belong to another agency: an
 * anonymous visitor has no agency.
 */
export async function LocalizedNotFound({ official = false }: { official?: boolean }) {
  const { t } = await getDictionary();
  return (
    <MessagePage
      title={t.errors.notFoundTitle}
      message={official ? t.errors.notFoundOfficial : t.errors.notFound}
      backLabel={t.errors.backHome}
    />
  );
}

/** The officials' pages' not-found. */
export const OfficialNotFound = () => LocalizedNotFound({ official: true });
