import { pageTitle } from "@/lib/i18n/page-title";
import { Card } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { OPTIONAL_MAIL } from "@/lib/auth/permissions";
import { getDictionary } from "@/lib/i18n/server";
import { mustEnrolSecondFactor, SECOND_FACTOR_REQUIRED } from "@/lib/auth/totp";
import { ChangePasswordForm } from "./change-password-form";
import { SecondFactorPanel } from "./second-factor-panel";
import { MailPreferencesForm } from "./mail-preferences-form";
import { findMailPreferences } from "@/lib/data/users";
import { sliceOf } from "@/lib/i18n/slice";

export const generateMetadata = () => pageTitle((t) => t.titles.account);

export default async function AccountPage() {
  const actor = await requirePagePermission("account.manage");
  const { t } = await getDictionary();
  const a = t.account;
  const prefs = await findMailPreferences(actor.id);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{a.title}</h1>
      {mustEnrolSecondFactor(actor) && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {a.secondFactorRequired}
        </p>
      )}
      <Card title={a.profile}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{t.users.name}</dt>
          <dd>{actor.name}</dd>
          <dt className="font-medium">{t.users.email}</dt>
          <dd>{actor.email}</dd>
          <dt className="font-medium">{t.users.role}</dt>
          <dd>{t.roles[actor.role]}</dd>
        </dl>
      </Card>
      <Card title={a.secondFactor}>
        <SecondFactorPanel
          t={a}
          on={Boolean(actor.secondFactor)}
          required={SECOND_FACTOR_REQUIRED.includes(actor.role)}
        />
      </Card>
      <Card title={a.changePassword}>
        <ChangePasswordForm t={a} />
      </Card>
      <Card title={t.mailPrefs.title}>
        <p className="mb-3 text-sm text-gray-700">{t.mailPrefs.lead.replace("{email}", actor.email)}</p>
        <MailPreferencesForm
          t={sliceOf(t, "mailPrefs")}
          locale={prefs.locale}
          mailOff={prefs.mailOff}
          optional={[...OPTIONAL_MAIL[actor.role]]}
        />
      </Card>
    </div>
  );
}
