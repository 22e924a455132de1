import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CheckpointLink } from "@/components/checkpoint/checkpoint-link";
import { UiLabelsProvider } from "@/components/ui/ui-labels";
import { checkpointLinkPath } from "@/lib/checkpoint/link-token";
import { pageTitle } from "@/lib/i18n/page-title";
import { getDictionary } from "@/lib/i18n/server";
import { pathCode } from "@/lib/path-params";

export async function generateMetadata(): Promise<Metadata> {
  return {
    ...(await pageTitle((t) => t.titles.checkpoint)),
    referrer: "no-referrer",
    robots: { index: false, follow: false },
  };
}

/**
 * /pos/CODE#t=TOKEN — the desk tablet's checkpoint. The token is in the fragment, which the
 * browser keeps to itself: the page is the same for every desk and checks the token through
 * the API (components/checkpoint/checkpoint-link.tsx). A link of the old form, /pos/CODE?t=…,
 * still opens once: it is moved to the fragment, so the desk's address bar and bookmarks stop
 * sending the token.
 */
export default async function CheckpointPage({
  params,
  searchParams,
}: {
  params: Promise<{ officeCode: string }>;
  searchParams: Promise<{ t?: string | string[] }>;
}) {
  const { t, locale } = await getDictionary();
  const officeCode = pathCode((await params).officeCode);
  const legacyToken = [(await searchParams).t].flat()[0];
  if (legacyToken) redirect(checkpointLinkPath(officeCode, legacyToken));
  return (
    <main>
      <UiLabelsProvider labels={t.ui}>
        <CheckpointLink officeCode={officeCode} t={t.checkpoint} locale={locale} />
      </UiLabelsProvider>
    </main>
  );
}
