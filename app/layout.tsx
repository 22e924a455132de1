import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getLocale } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "SIGAP — Kota Bekasi", template: "%s · SIGAP Kota Bekasi" },
  description: "Sistem Informasi Gerbang Akses Pelayanan: kewajiban vaksinasi Covid-19 di pelayanan publik Kota Bekasi.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5f39" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-gray-50 font-sans text-gray-900 antialiased">{children}</body>
    </html>
  );
}
