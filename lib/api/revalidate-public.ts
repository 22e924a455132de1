import "server-only";
import { revalidatePath } from "next/cache";

/**
 * After a month is released anew (or an announcement or erratum is published): the cached
 * public pages (app/(cached)/[lang]) are made again on their next visit. Late events alone
 * change nothing public: published months are frozen until a revision passes its audit.
 *
 * The path is the route's file structure, route group included, and the rewrite's
 * destination, not the address a visitor sees ("/" is served by /id or /en): anything else
 * matches no cache entry and the pages wait out their `revalidate` (Next's revalidatePath
 * docs, "with route groups" and "with rewrites").
 */
export function revalidatePublicPages(): void {
  revalidatePath("/(cached)/[lang]", "layout");
}
