import { MessagePage } from "@/components/layout/message-page";
import { getDictionary } from "@/lib/i18n/server";

/**
 * What unauthorized() renders inside the dashboard (status 401): an admin signed in with the
 * password only, who must turn on two-step verification before any page opens.
 */
export default async function EnrolSecondFactorFirst() {
  const { t } = await getDictionary();
  return (
    <MessagePage
      title={t.account.secondFactorFirstTitle}
      message={t.account.secondFactorRequired}
      backLabel={t.account.secondFactorFirstLink}
      backHref="/account"
    />
  );
}
