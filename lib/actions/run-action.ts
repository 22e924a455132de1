import "server-only";
import { headers } from "next/headers";
import { appErrorOfDatabase } from "@/lib/db-errors";
import { log } from "@/lib/log.mjs";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/dictionaries";
import { localizeMessages } from "@/lib/i18n/messages";
import { answerIn } from "@/lib/i18n/request-locale";
import { getLocale } from "@/lib/i18n/server";
import { AppError, msg, type ActionResult } from "@/lib/errors";

/** What an action answers for an error it did not expect (the actions' 500). */
export const SERVER_ERROR_MESSAGE = msg("Terjadi kesalahan pada server. Tidak ada yang berubah.");

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
 * Runs an action body and turns its AppError (or a database failure: unreachable, a value it
 * cannot hold, a unique key taken meanwhile) into the ActionResult forms show, its messages in
 * the official's language; other errors are logged.
 */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  const locale = await actingLocale();
  return localizeMessages(await answerIn(locale, () => attempt(body)), locale);
}

async function attempt<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    const known = error instanceof AppError ? error : appErrorOfDatabase(error);
    if (known) return { ok: false, message: known.message, fieldErrors: known.fieldErrors };
    log().error({ err: error, requestId: await requestIdOfAction() }, "unexpected error in an action");
    return { ok: false, message: SERVER_ERROR_MESSAGE };
  }
}
