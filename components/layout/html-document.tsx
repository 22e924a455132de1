import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/dictionaries";

// The root layout (app/layout.tsx) reads nothing, so that the public pages under
// app/(cached)/[lang] can be rendered once and served from Next's cache; every top-level
// layout, the not-found page and the root error boundary draw the document themselves.

/** The <html> and <body> of a page in a known language. */
export function HtmlDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-gray-50 font-sans text-gray-900 antialiased">{children}</body>
    </html>
  );
}
