import "server-only";
import { headers } from "next/headers";
import { appErrorOf } from "@/lib/app-error-of";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/dictionaries";
import { localizeMessages } from "@/lib/i18n/messages";
import { answerIn } from "@/lib/i18n/request-locale";
import { getLocale } from "@/lib/i18n/server";
import type { ActionResult } from "@/lib/errors";

/** The interface's language of the official acting (Indonesian outside a request: the CLI, tests). */
async function actingLocale(): Promise<Locale> {
  try {
    return await getLocale();
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** The id scripts/serve.mjs gave the request (none outside a request: the CLI, tests). */
async function requestIdOfAction(): Promise<string | null> {
  try {
    return (await headers()).get("x-request-id");
  } catch {
    return null;
  }
}

/**
 * Runs an action body and turns what it threw into the ActionResult forms show (lib/app-error-of.ts:
 * the same mapping as the route handlers'), its code kept and its messages in the official's language.
 */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  const locale = await actingLocale();
  return localizeMessages(await answerIn(locale, () => attempt(body)), locale);
}

async function attempt<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    const { code, message, fieldErrors } = appErrorOf(error, await requestIdOfAction());
    return { ok: false, code, message, fieldErrors };
  }
}
