import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatMonth } from "@/lib/format";
import { isLocale } from "@/lib/i18n/dictionaries";
import { titleIn } from "@/lib/i18n/page-title";
import { findPublicMonths, TransparencyView } from "../transparency-view";

type Props = { params: Promise<{ lang: string; month: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, month } = await params;
  const locale = isLocale(lang) ? lang : "id";
  const name = /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? formatMonth(month, locale) : null;
  return titleIn(locale, (t) => [name, t.titles.transparency]);
}

/**
 * None at build time: each month is rendered on its first visit, then cached like ../page.tsx.
 * Without this the month's page was rendered for every request (Cache-Control: private,
 * no-store; 15 requests/s under load where /transparansi served 226).
 */
export function generateStaticParams(): { month: string }[] {
  return [];
}

// One page per released month (/transparansi/2022-01): a month without a release is a 404,
// so no request renders (and caches) a page of nothing.
export default async function TransparencyMonthPage({ params }: Props) {
  const { lang, month } = await params;
  if (!/^\d{4}-\d{2}$/.test(month) || !(await findPublicMonths()).some((r) => r.month === month)) notFound();
  return <TransparencyView locale={isLocale(lang) ? lang : "id"} month={month} />;
}
