import type { Locale } from "@/lib/i18n/dictionaries";

// Numbers in id-ID (or en-GB) format; dates in WIB (Asia/Jakarta), as PRODUCT.md asks.
const TIME_ZONE = "Asia/Jakarta";
const NUMBER_LOCALE: Record<Locale, string> = { id: "id-ID", en: "en-GB" };

/** 12345 → "12.345" (id) or "12,345" (en). */
export function formatNumber(value: number, locale: Locale = "id"): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[locale]).format(value);
}

/** 0.873 → "87,3%" (id). */
export function formatPercent(share: number, locale: Locale = "id"): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], { style: "percent", maximumFractionDigits: 1 }).format(share);
}

/** A calendar day (DATE column, UTC midnight) → "9 Sep 2021". */
export function formatDay(day: Date | string, locale: Locale = "id"): string {
  return new Intl.DateTimeFormat(NUMBER_LOCALE[locale], {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(day));
}

/** An instant → "9 Sep 2021 14.05 WIB". */
export function formatDateTime(at: Date | string, locale: Locale = "id"): string {
  const text = new Intl.DateTimeFormat(NUMBER_LOCALE[locale], {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: TIME_ZONE,
  }).format(new Date(at));
  return `${text} WIB`;
}
