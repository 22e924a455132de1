import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "SIGAP — Kota Bekasi", template: "%s · SIGAP Kota Bekasi" },
  description:
    "Sistem Informasi Gerbang Akses Pelayanan: kewajiban vaksinasi Covid-19 di pelayanan publik Kota Bekasi.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5f39" };

// It reads no cookie or header: the cached public pages (app/(cached)/[lang]) must not become
// dynamic through it. <html> and <body> come from each top-level layout (HtmlDocument).
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
