import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";
import { getDictionary } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { sliceOf } from "@/lib/i18n/slice";
import { ForgotPasswordForm } from "./forgot-password-form";

export const generateMetadata = () => pageTitle((t) => t.titles.forgotPassword);

/** /forgot-password — an official asks for a password reset link by e-mail. */
export default async function ForgotPasswordPage() {
  const { t, locale } = await getDictionary();
  const a = t.accountLinks;
  return (
    <>
      <SiteHeader t={t} locale={locale} />
      <main id="main" className="mx-auto max-w-md px-4 py-12">
        <h1 className="text-2xl font-bold">{a.forgotTitle}</h1>
        <p className="mt-2 text-sm text-gray-700">{a.forgotLead}</p>
        <ForgotPasswordForm t={sliceOf(t, "accountLinks")} />
        <Link href="/login" className="mt-6 inline-block text-sm text-brand-700 underline">
          {a.backToLogin}
        </Link>
      </main>
    </>
  );
}
