import "server-only";
import { z } from "zod";
import { csvResponse, toCsv } from "@/lib/csv";
import { DICTIONARIES } from "@/lib/i18n/dictionaries";

// The CSV downloads of the officials' tables name their columns by code ("days_overdue"):
// what the API, scripts and tests read. Someone opening the file in a spreadsheet asks for
// titles instead, `?headers=id` or `?headers=en` (the download links offer both).

const headerLanguageSchema = z.enum(["id", "en"]).optional().catch(undefined);

/** A column code's title in `language`; the code itself where the dictionary has none. */
function columnTitle(code: string, language: "id" | "en"): string {
  return DICTIONARIES[language].csvHeaders[code] ?? code;
}

/** The download of a table as CSV (with a BOM), its header row in codes or, when the request asks, in titles. */
export function csvDownload(
  request: Request,
  filename: string,
  header: readonly string[],
  rows: (string | number | null | undefined)[][],
): Response {
  const language = headerLanguageSchema.parse(new URL(request.url).searchParams.get("headers") ?? undefined);
  return csvResponse(filename, toCsv(language ? header.map((code) => columnTitle(code, language)) : [...header], rows));
}
