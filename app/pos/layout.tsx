import type { ReactNode } from "react";
import { LocaleDocument } from "@/components/layout/locale-document";

export default function Layout({ children }: { children: ReactNode }) {
  return <LocaleDocument>{children}</LocaleDocument>;
}
