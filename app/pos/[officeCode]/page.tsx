import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Checkpoint } from "@/components/checkpoint/checkpoint";
import { findLiveKey } from "@/lib/data/api-keys";
import { getCheckpointConfig } from "@/lib/data/checkpoint";
import { pageTitle } from "@/lib/i18n/page-title";
import { getDictionary } from "@/lib/i18n/server";
import { pathCode } from "@/lib/path-params";

// The link's token is in the address: keep it out of Referer headers and search engines.
export async function generateMetadata(): Promise<Metadata> {
  return {
    ...(await pageTitle((t) => t.titles.checkpoint)),
    referrer: "no-referrer",
    robots: { index: false, follow: false },
  };
}

/** /pos/CODE?t=TOKEN — the desk tablet's checkpoint, opened with the office's checkpoint link. */
export default async function CheckpointPage({
  params,
  searchParams,
}: {
  params: Promise<{ officeCode: string }>;
  searchParams: Promise<{ t?: string | string[] }>;
}) {
  await connection();
  const { t, locale } = await getDictionary();
  const { officeCode } = await params;
  const token = [(await searchParams).t].flat()[0] ?? "";
  const key = token ? await findLiveKey(token) : null;
  // A wrong, revoked or foreign token is a 404 (not-found.tsx says the link no longer works).
  if (!key || key.kind !== "CHECKPOINT" || key.office.code !== pathCode(officeCode)) notFound();
  return (
    <main>
      <Checkpoint
        token={token}
        initialConfig={await getCheckpointConfig(key.office.id)}
        t={t.checkpoint}
        locale={locale}
      />
    </main>
  );
}
