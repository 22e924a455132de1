import "server-only";
import { revalidatePath } from "next/cache";
import { PUBLIC_PAGES_CHANNEL } from "@/lib/public-pages-channel.mjs";
import { forgetPublicPages } from "@/lib/public-page-memo.mjs";
import { primaryPosition, replicaCaughtUp } from "@/lib/read-db";
import { redisClient } from "@/lib/redis";

/**
 * After a month is released anew (or an announcement or erratum is published): the cached
 * public pages (app/(cached)/[lang]) of every instance are made again on their next visit.
 * Late events alone change nothing public: published months are frozen until a revision
 * passes its audit.
 *
 * Next's page cache is per process, so the other instances hear of it on Redis
 * (lib/public-pages-channel.mjs). With a read replica a page made again too soon would be made
 * from the replica before it has the change, and kept: each instance first waits until the
 * replica has replayed the primary's position after the change.
 */
export async function revalidatePublicPages(): Promise<void> {
  await remakePublicPages(await announcePublicChange());
}

/**
 * Tells every instance listening on Redis (none without REDIS_URL) that the public pages
 * changed, with the primary's position after the change; returns that position. The CLI's
 * part: it has no page cache of its own.
 */
export async function announcePublicChange(): Promise<string | null> {
  const position = await primaryPosition();
  // An instance that misses this (Redis away) shows the change within the pages' `revalidate`.
  await redisClient()
    ?.publish(PUBLIC_PAGES_CHANNEL, JSON.stringify({ position }))
    .catch(() => undefined);
  return position;
}

/** This instance's part: once the replica shows `position`, its cached public pages are stale. */
export async function remakePublicPages(position: string | null): Promise<void> {
  await replicaCaughtUp(position);
  // The route's file structure, route group included, and the rewrite's destination, not the
  // address a visitor sees ("/" is served by /id or /en): anything else matches no cache entry
  // (Next's revalidatePath docs, "with route groups" and "with rewrites").
  revalidatePath("/(cached)/[lang]", "layout");
  // And the copies the HTTP server keeps of them (scripts/serve.mjs).
  forgetPublicPages();
}
