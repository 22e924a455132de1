"use server";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, LOCALES, type Locale } from "@/lib/i18n/dictionaries";

/** Switches the interface language; works as a plain form post without JavaScript. */
export async function setLocale(formData: FormData): Promise<void> {
  const requested = formData.get("locale");
  const locale: Locale = LOCALES.includes(requested as Locale) ? (requested as Locale) : "id";
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 86400, sameSite: "lax" });
}
