import "server-only";
import { revalidatePath } from "next/cache";

/**
 * After a month is released anew: the cached public pages (app/(cached)/[lang]) are made
 * again on their next visit. Late events alone change nothing public: published months are
 * frozen until a revision passes its audit.
 */
export function revalidatePublicPages(): void {
  revalidatePath("/[lang]", "layout");
}
