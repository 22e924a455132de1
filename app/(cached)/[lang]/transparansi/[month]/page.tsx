import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/dictionaries";
import { findPublicMonths, TransparencyView } from "../transparency-view";

type Props = { params: Promise<{ lang: string; month: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Transparansi ${(await params).month}` };
}

// Cached like ../page.tsx, one page per released month (/transparansi/2022-01): a month
// without a release is a 404, so no request renders (and caches) a page of nothing.
export default async function TransparencyMonthPage({ params }: Props) {
  const { lang, month } = await params;
  if (!/^\d{4}-\d{2}$/.test(month) || !(await findPublicMonths()).some((r) => r.month === month)) notFound();
  return <TransparencyView locale={isLocale(lang) ? lang : "id"} month={month} />;
}
