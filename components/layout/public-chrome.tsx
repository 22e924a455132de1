import Link from "next/link";
import type { ReactNode } from "react";
import { SiteHeader } from "./site-header";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";

/** The public pages' header, navigation and main column. */
export function PublicChrome({ t, locale, children }: { t: Dictionary; locale: Locale; children: ReactNode }) {
  return (
    <>
      <SiteHeader t={t} locale={locale}>
        <Link
          href="/login"
          className="rounded-md bg-white px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t.signIn}
        </Link>
      </SiteHeader>
      <nav aria-label={t.publicNav.label} className="border-b border-gray-200 bg-white">
        {/* Tabs wrap on a phone: a row that scrolls sideways cut the last one off with no cue. */}
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-1 px-4 text-sm font-medium">
          {[
            ["/", t.publicNav.home],
            ["/transparansi", t.publicNav.transparency],
            ["/surat-edaran", t.publicNav.circulars],
            ["/cek", t.publicNav.checker],
            ["/kantor", t.publicNav.offices],
          ].map(([href, label]) => (
            <li key={href}>
              <Link
                href={href}
                className="block whitespace-nowrap px-2 py-2 text-gray-700 hover:text-brand-700 sm:px-3 sm:py-3"
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
