import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { currentActor } from "@/lib/auth/guard";
import { getDictionary } from "@/lib/i18n/server";
import { LoginForm } from "./login-form";

export const generateMetadata = () => pageTitle((t) => t.titles.login);

export default async function LoginPage() {
  if (await currentActor()) redirect("/dashboard");
  const { t, locale } = await getDictionary();
  return (
    <>
      <SiteHeader t={t} locale={locale} />
      <main id="main" className="mx-auto max-w-md px-4 py-12">
        <h1 className="text-2xl font-bold">{t.login.title}</h1>
        {/* useSearchParams inside the form needs a Suspense boundary (Next 16). */}
        <Suspense>
          <LoginForm labels={t.login} />
        </Suspense>
        <Link href="/forgot-password" className="mt-4 inline-block text-sm text-brand-700 underline">
          {t.accountLinks.forgotLink}
        </Link>
      </main>
    </>
  );
}
