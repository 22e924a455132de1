import { MessagePage } from "@/components/layout/message-page";
import { getDictionary } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getDictionary();
  return <MessagePage title={t.errors.notFoundTitle} message={t.errors.notFound} backLabel={t.errors.backHome} />;
}
