import { dateOfDay, wibDay, type Day } from "@/lib/day";
import type { Locale } from "@/lib/i18n/dictionaries";

// Numbers in id-ID (or en-GB) format; dates in WIB (Asia/Jakarta), as PRODUCT.md asks.
const TIME_ZONE = "Asia/Jakarta";
const NUMBER_LOCALE: Record<Locale, string> = { id: "id-ID", en: "en-GB" };

/**
 * One formatter per language, made on first use: making an Intl formatter costs tens of
 * microseconds, and a table page formats thousands of numbers (/traffic over six months spent
 * 7 ms a request making NumberFormats).
 */
function perLocale<F>(make: (locale: string) => F): (locale: Locale) => F {
  const made = new Map<Locale, F>();
  return (locale) => {
    let formatter = made.get(locale);
    if (!formatter) made.set(locale, (formatter = make(NUMBER_LOCALE[locale])));
    return formatter;
  };
}

const numberFormat = perLocale((locale) => new Intl.NumberFormat(locale));
const percentFormat = perLocale(
  (locale) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }),
);

/** 12345 → "12.345" (id) or "12,345" (en). */
export function formatNumber(value: number, locale: Locale = "id"): string {
  return numberFormat(locale).format(value);
}

/** 0.873 → "87,3%" (id). */
export function formatPercent(share: number, locale: Locale = "id"): string {
  return percentFormat(locale).format(share);
}

// A calendar day is a DATE column read as UTC midnight: shown in UTC, so it is never the day before.
const dayFormat = perLocale(
  (locale) => new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
);
const monthFormat = perLocale(
  (locale) => new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }),
);
const dateTimeFormat = perLocale(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: TIME_ZONE,
    }),
);

/** A calendar day ("2021-09-09") → "9 Sep 2021". A DATE column's value is a day: `dayOfDate` it first. */
export function formatDay(day: Day, locale: Locale = "id"): string {
  return dayFormat(locale).format(dateOfDay(day.slice(0, 10)));
}

/**
 * An instant → the WIB day it falls on, "6 Des 2026": an announcement published at 05.59 WIB on
 * 6 Dec is dated 6 Dec, though it is still 5 Dec in UTC.
 */
export function formatWibDay(at: Date | string, locale: Locale = "id"): string {
  return formatDay(wibDay(new Date(at)), locale);
}

/** A "YYYY-MM" month → "Feb 2022". */
export function formatMonth(month: string, locale: Locale = "id"): string {
  return monthFormat(locale).format(dateOfDay(`${month}-01`));
}

/** Two calendar days → "1–28 Feb 2022", "9 Sep 2021 – 28 Feb 2022" (the shared parts said once). */
export function formatDayRange(from: Day, to: Day, locale: Locale = "id"): string {
  // Intl puts thin spaces around the dash; plain ones read (and search) the same everywhere.
  return dayFormat(locale)
    .formatRange(dateOfDay(from.slice(0, 10)), dateOfDay(to.slice(0, 10)))
    .replace(/\u2009/g, " ");
}

/** An instant → its WIB time of day, "05.59.00" (id) or "05:59:00" (en): the desk's list of checks. */
export function formatWibTime(at: Date | string, locale: Locale = "id"): string {
  return new Date(at).toLocaleTimeString(NUMBER_LOCALE[locale], { timeZone: TIME_ZONE });
}

/** An instant → "9 Sep 2021 14.05 WIB". */
export function formatDateTime(at: Date | string, locale: Locale = "id"): string {
  return `${dateTimeFormat(locale).format(new Date(at))} WIB`;
}
