import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { setZodLanguageSource } from "@/lib/validations/zod-locale";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./dictionaries";

// The language an answer is being written in, for the code deep inside it that writes
// messages without being handed a locale: zod's built-in messages.

const answering = new AsyncLocalStorage<Locale>();
setZodLanguageSource(() => answering.getStore() ?? DEFAULT_LOCALE);

/** Runs `body` answering in `locale`. */
export function answerIn<T>(locale: Locale, body: () => Promise<T>): Promise<T> {
  return answering.run(locale, body);
}

/**
 * The language a request asks for: the interface's cookie (a browser), else the first
 * language of Accept-Language that SIGAP speaks (an API client), else Indonesian.
 */
export function localeOfRequest(request: Request): Locale {
  const cookie = request.headers
    .get("cookie")
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  if (isLocale(cookie)) return cookie;
  const accepted = (request.headers.get("accept-language") ?? "")
    .split(",")
    .map((range) => range.split(";")[0]!.trim().slice(0, 2).toLowerCase());
  return accepted.find(isLocale) ?? DEFAULT_LOCALE;
}
