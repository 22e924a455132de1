import { getDictionary } from "@/lib/i18n/server";
import { MessagePage } from "./message-page";

/** "Page not found" in the visitor's language, for the not-found.tsx of groups whose pages read the language anyway. */
export async function LocalizedNotFound() {
  const { t } = await getDictionary();
  return <MessagePage title={t.errors.notFoundTitle} message={t.errors.notFound} backLabel={t.errors.backHome} />;
}
