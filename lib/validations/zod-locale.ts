import { z } from "zod";

// zod's built-in messages ("Input tidak valid: …") in the language of the request being
// answered: Bahasa Indonesia, the officials' language, unless the server says otherwise
// (lib/i18n/request-locale.ts registers the request's language; the browser stays Indonesian).
// Imported for its effect by each schema module.

const BUILT_IN = { id: z.locales.id().localeError, en: z.locales.en().localeError };

let languageNow: () => keyof typeof BUILT_IN = () => "id";

/** Where zod asks for the language of the request it is checking (set once by the server). */
export function setZodLanguageSource(source: () => keyof typeof BUILT_IN): void {
  languageNow = source;
}

z.config({ localeError: (issue) => BUILT_IN[languageNow()](issue) });
