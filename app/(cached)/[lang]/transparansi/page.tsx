import type { Metadata } from "next";
import { isLocale } from "@/lib/i18n/dictionaries";
import { titleIn } from "@/lib/i18n/page-title";
import { TransparencyView } from "./transparency-view";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  return titleIn(isLocale(lang) ? lang : "id", (t) => t.titles.transparency);
}

// Cached: see ../layout.tsx. The latest month that is over; earlier months are ./[month].
export default async function TransparencyPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  return <TransparencyView locale={isLocale(lang) ? lang : "id"} month={null} />;
}
