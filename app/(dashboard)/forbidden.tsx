import { MessagePage } from "@/components/layout/message-page";
import { getDictionary } from "@/lib/i18n/server";

/** What forbidden() renders inside the dashboard (status 403, with the header and navigation around it). */
export default async function Forbidden() {
  const { t } = await getDictionary();
  return (
    <MessagePage
      title={t.errors.forbiddenTitle}
      message={t.errors.forbidden}
      backLabel={t.errors.backHome}
      backHref="/dashboard"
    />
  );
}
