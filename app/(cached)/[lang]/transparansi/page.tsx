import type { Metadata } from "next";
import { isLocale } from "@/lib/i18n/dictionaries";
import { TransparencyView } from "./transparency-view";

export const metadata: Metadata = { title: "Transparansi" };

// Cached: see ../layout.tsx. The latest month that is over; earlier months are ./[month].
export default async function TransparencyPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  return <TransparencyView locale={isLocale(lang) ? lang : "id"} month={null} />;
}
