import Link from "next/link";
import type { ReactNode } from "react";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import { LanguageSwitch } from "./language-switch";

/** The top bar of every page: the SIGAP name, the language switch and page-specific actions. */
export function SiteHeader({ t, locale, children }: { t: Dictionary; locale: Locale; children?: ReactNode }) {
  return (
    <header className="border-b border-brand-800 bg-brand-700 text-white print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-gray-900"
      >
        {t.skipToContent}
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="flex flex-col leading-tight">
          <span className="text-lg font-bold tracking-wide">{t.appName}</span>
          <span className="text-xs text-brand-100">{t.city}</span>
        </Link>
        <div className="flex items-center gap-2">
          <LanguageSwitch locale={locale} label={t.switchTo} />
          {children}
        </div>
      </div>
    </header>
  );
}
