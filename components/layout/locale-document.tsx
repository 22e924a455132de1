import type { ReactNode } from "react";
import { getLocale } from "@/lib/i18n/server";
import { HtmlDocument } from "./html-document";

/** The document in the visitor's chosen language (the language cookie). */
export async function LocaleDocument({ children }: { children: ReactNode }) {
  return <HtmlDocument locale={await getLocale()}>{children}</HtmlDocument>;
}
