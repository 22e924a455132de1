import type { ReactNode } from "react";
import { HtmlDocument } from "@/components/layout/html-document";
import { PublicChrome } from "@/components/layout/public-chrome";
import { getDictionary } from "@/lib/i18n/server";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const { t, locale } = await getDictionary();
  return (
    <HtmlDocument locale={locale}>
      <PublicChrome t={t} locale={locale}>
        {children}
      </PublicChrome>
    </HtmlDocument>
  );
}
