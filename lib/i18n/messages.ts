import type { Locale } from "./dictionaries";
import { EN_MESSAGES } from "./messages-en";

// Messages are raised in Indonesian where the code knows what went wrong (a service, a
// schema) and translated once, where the answer leaves the server (runAction, the API
// wrappers), into the language of the request. The catalog is messages-en.ts.

type Template = { pattern: RegExp; english: string[] };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Templates with "{}" parts, the longest fixed text first: the most specific one wins. */
const TEMPLATES: Template[] = Object.entries(EN_MESSAGES)
  .filter(([id]) => id.includes("{}"))
  .sort(([a], [b]) => b.replaceAll("{}", "").length - a.replaceAll("{}", "").length)
  .map(([id, english]) => ({
    pattern: new RegExp(`^${id.split("{}").map(escape).join("(.+?)")}$`, "s"),
    english: english.split("{}"),
  }));

function toEnglish(text: string): string {
  const exact = EN_MESSAGES[text];
  if (exact !== undefined) return exact;
  for (const { pattern, english } of TEMPLATES) {
    const match = pattern.exec(text);
    // Each filled-in part is shorter than the whole, so this ends; a label inside is translated too.
    if (match) return english.reduce((out, piece, i) => out + toEnglish(match[i] ?? "") + piece);
  }
  return text;
}

/** `text` (a message raised in Indonesian) in `locale`; unchanged if it has no translation. */
export function translateMessage(text: string, locale: Locale): string {
  return locale === "id" ? text : toEnglish(text);
}

const MESSAGE_KEYS = new Set(["message", "fieldErrors", "errors"]);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * An answer with its messages in `locale`: every string under a `message`, `fieldErrors` or
 * `errors` key (an ActionResult, a 422 body, a CSV's row errors, a batch's rejected events).
 */
export function localizeMessages<T>(value: T, locale: Locale, inMessage = false): T {
  if (locale === "id") return value;
  if (typeof value === "string") return (inMessage ? toEnglish(value) : value) as T;
  if (Array.isArray(value)) return value.map((item) => localizeMessages(item, locale, inMessage)) as T;
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      localizeMessages(item, locale, inMessage || MESSAGE_KEYS.has(key)),
    ]),
  ) as T;
}
