import "server-only";
import type { Metadata } from "next";
import { DICTIONARIES, type Dictionary, type Locale } from "./dictionaries";
import { getLocale } from "./server";

type TitlePick = (t: Dictionary) => string | readonly (string | null | undefined)[];

/** A page's <title> in `locale`: for the cached pages, whose language is their address's. */
export function titleIn(locale: Locale, pick: TitlePick): Metadata {
  const title = pick(DICTIONARIES[locale]);
  return { title: typeof title === "string" ? title : title.filter(Boolean).join(" · ") };
}

/**
 * A page's <title> in the visitor's language: `pick` names it from the dictionary, with
 * what the page is about first where it has one (an office code, a rule code).
 * `export const generateMetadata = () => pageTitle((t) => t.titles.traffic);`
 */
export async function pageTitle(pick: TitlePick): Promise<Metadata> {
  return titleIn(await getLocale(), pick);
}
