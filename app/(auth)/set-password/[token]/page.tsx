import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";
import { findAccountLink } from "@/lib/data/account-links";
import { getDictionary } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { sliceOf } from "@/lib/i18n/slice";
import { SetPasswordForm } from "./set-password-form";

export const generateMetadata = () => pageTitle((t) => t.titles.setPassword);

type Props = { params: Promise<{ token: string }> };

/**
 * /set-password/[token] — what an invitation or a reset link opens: the form for the account's
 * new password while the link can be used, else why it cannot and how to get a new one.
 */
export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const { t, locale } = await getDictionary();
  const a = t.accountLinks;
  const link = await findAccountLink(token);
  return (
    <>
      <SiteHeader t={t} locale={locale} />
      <main id="main" className="mx-auto max-w-md px-4 py-12">
        {link.state === "USABLE" ? (
          <>
            <h1 className="text-2xl font-bold">{link.kind === "INVITATION" ? a.inviteTitle : a.resetTitle}</h1>
            <p className="mt-2 text-sm text-gray-700">
              {(link.kind === "INVITATION" ? a.inviteLead : a.resetLead)
                .replace("{email}", link.email)
                .replace("{role}", t.roles[link.role])}
            </p>
            <SetPasswordForm token={token} email={link.email} t={sliceOf(t, "accountLinks")} />
          </>
        ) : (
          <>
            <h1 className="text-2xl font-bold">{t.titles.setPassword}</h1>
            <p
              role="alert"
              className="mt-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
            >
              {a.unusable[link.state]}
            </p>
            <p className="mt-3 text-sm text-gray-700">{a.unusableHelp}</p>
            <div className="mt-6 flex gap-4 text-sm">
              <Link href="/forgot-password" className="text-brand-700 underline">
                {a.forgotLink}
              </Link>
              <Link href="/login" className="text-brand-700 underline">
                {a.backToLogin}
              </Link>
            </div>
          </>
        )}
      </main>
    </>
  );
}
