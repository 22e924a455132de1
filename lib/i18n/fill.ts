import { formatNumber } from "@/lib/format";
import type { Locale } from "./dictionaries";

// Interface text with parts filled in: "{count} hari" / "{count} days". A text that
// depends on a number's grammar is a pair of forms; Intl.PluralRules picks one (English has
// "1 day" and "2 days"; Indonesian has one form). Safe for the browser.

/** A text that changes with `count`: English "one"/"other"; Indonesian uses "other" only. */
export type Plural = { one: string; other: string };

const RULES = { id: new Intl.PluralRules("id-ID"), en: new Intl.PluralRules("en-GB") };

/** `text` with each {name} replaced by `values[name]` (numbers in the locale's format); a Plural by `values.count`. */
export function fill(text: string | Plural, values: Record<string, string | number>, locale: Locale): string {
  const form =
    typeof text === "string" ? text : RULES[locale].select(Number(values.count)) === "one" ? text.one : text.other;
  return form.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, locale) : value;
  });
}
