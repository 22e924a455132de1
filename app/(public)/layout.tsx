import Link from "next/link";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { getDictionary } from "@/lib/i18n/server";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const { t, locale } = await getDictionary();
  return (
    <>
      <SiteHeader t={t} locale={locale}>
        <Link href="/login" className="rounded-md bg-white px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50">
          {t.signIn}
        </Link>
      </SiteHeader>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
