import "server-only";
import { revalidatePath } from "next/cache";
import { wibDay } from "@/lib/wib";

/**
 * After ingestion: when events landed in a month that is over (a late event in a published
 * month), that month's release is remade on its next read (TrafficMonth.revision), so the
 * cached public pages that show it are marked stale too. Events of the running month change
 * no public number and leave the cache alone.
 */
export function revalidatePublicPages(months: readonly string[], now = new Date()): void {
  const thisMonth = wibDay(now).slice(0, 7);
  if (months.some((month) => month < thisMonth)) revalidatePath("/[lang]", "layout");
}
