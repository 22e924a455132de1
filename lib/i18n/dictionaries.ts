import { en } from "./en";
import { id, type Dictionary } from "./id";

// Interface text, Bahasa Indonesia first (PRODUCT.md), English as a switch.
export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Whether a string (a cookie, a URL segment) names a language SIGAP speaks. */
export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);
export const DEFAULT_LOCALE: Locale = "id";
export { LOCALE_COOKIE } from "@/lib/locale-cookie.mjs";

export type { Dictionary };

export const DICTIONARIES: Record<Locale, Dictionary> = { id, en };
