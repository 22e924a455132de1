/**
 * A circular's number as a URL segment: every run of characters other than letters, digits and
 * dots becomes one "-" ("440/1395/SET.COVID-19" → "440-1395-SET.COVID-19"), so an official can
 * read, say and type the address. The migration that added the column wrote the same rule in SQL.
 */
export const circularSlug = (number: string): string => number.replace(/[^A-Za-z0-9.]+/g, "-").replace(/^-+|-+$/g, "");
