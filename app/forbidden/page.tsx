import { MessagePage } from "@/components/layout/message-page";
import { getDictionary } from "@/lib/i18n/server";

export default async function ForbiddenPage() {
  const { t } = await getDictionary();
  return <MessagePage title={t.errors.forbiddenTitle} message={t.errors.forbidden} backLabel={t.errors.backHome} backHref="/dashboard" />;
}
