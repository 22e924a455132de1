import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { HtmlDocument } from "@/components/layout/html-document";
import { PublicChrome } from "@/components/layout/public-chrome";
import { DICTIONARIES, isLocale, type Locale } from "@/lib/i18n/dictionaries";

// The busiest public pages (/ and /transparansi; next.config.js rewrites them here by the
// language cookie) are rendered once per language and served from Next's cache: they read no
// cookie, header or search parameter, and their numbers come from stored public releases. A
// published revision revalidates them (lib/api/revalidate-public.ts); anything else shows
// within `revalidate` seconds.
export const revalidate = 300;
export const dynamicParams = true;

/** None at build time (the build has no database): each language is rendered on its first visit, then cached. */
export function generateStaticParams(): { lang: Locale }[] {
  return [];
}

export default async function CachedPublicLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <HtmlDocument locale={lang}>
      <PublicChrome t={DICTIONARIES[lang]} locale={lang}>
        {children}
      </PublicChrome>
    </HtmlDocument>
  );
}
