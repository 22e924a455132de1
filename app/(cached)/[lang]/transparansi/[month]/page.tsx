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

// Cached like ../page.tsx, one page per released month (/transparansi/2022-01): a month
// without a release is a 404, so no request renders (and caches) a page of nothing.
export default async function TransparencyMonthPage({ params }: Props) {
  const { lang, month } = await params;
  if (!/^\d{4}-\d{2}$/.test(month) || !(await findPublicMonths()).some((r) => r.month === month)) notFound();
  return <TransparencyView locale={isLocale(lang) ? lang : "id"} month={month} />;
}
