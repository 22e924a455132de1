import type { ReactNode } from "react";
import { DashboardNav } from "@/components/layout/dashboard-nav";
import { UiLabelsProvider } from "@/components/ui/ui-labels";
import { navItemsFor } from "@/components/layout/nav-items";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { HtmlDocument } from "@/components/layout/html-document";
import { SiteHeader } from "@/components/layout/site-header";
import { requireSignedIn } from "@/lib/auth/guard";
import { getDictionary } from "@/lib/i18n/server";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const actor = await requireSignedIn();
  const { t, locale } = await getDictionary();
  return (
    <HtmlDocument locale={locale}>
      <SiteHeader t={t} locale={locale} />
      <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-4 md:flex-row md:py-6">
        <aside className="md:w-56 md:shrink-0 print:hidden">
          <section className="mb-3 rounded-lg border border-gray-200 bg-white p-3 text-sm" aria-label={t.signedInAs}>
            <p className="font-semibold text-gray-900">{actor.name}</p>
            <p className="text-gray-600">{actor.email}</p>
            <p className="mt-1 inline-block rounded bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">
              {t.roles[actor.role]}
            </p>
            <div className="mt-2">
              <SignOutButton label={t.signOut} />
            </div>
          </section>
          <DashboardNav items={navItemsFor(actor, t)} label={t.nav.label} menuLabel={t.nav.menu} />
        </aside>
        <main id="main" className="min-w-0 flex-1">
          <UiLabelsProvider labels={t.ui}>{children}</UiLabelsProvider>
        </main>
      </div>
    </HtmlDocument>
  );
}
