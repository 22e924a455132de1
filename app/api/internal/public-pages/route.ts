import { z } from "zod";
import { bearerMatches } from "@/lib/api/bearer";
import { remakePublicPages } from "@/lib/api/revalidate-public";
import { env } from "@/lib/env";
import { internalToken } from "@/lib/public-pages-channel.mjs";
import { WAL_POSITION } from "@/lib/wal-position";

export const dynamic = "force-dynamic";

const messageSchema = z.object({ position: z.string().regex(WAL_POSITION).nullable() });

/**
 * POST /api/internal/public-pages {position} — from this instance's own server
 * (scripts/serve.mjs) when another instance published a public change on Redis: the cached
 * public pages are made again once the replica shows `position`. Only with the internal token
 * (derived from NEXTAUTH_SECRET); anyone else gets 404, as for an address that does not exist.
 */
export async function POST(request: Request) {
  const secret = env().NEXTAUTH_SECRET;
  const headers = { "Cache-Control": "no-store" };
  if (!secret || !bearerMatches(request, internalToken(secret)))
    return new Response("Not found", { status: 404, headers });
  const message = messageSchema.safeParse(await request.json().catch(() => null));
  if (!message.success) return new Response("Bad request", { status: 400, headers });
  await remakePublicPages(message.data.position);
  return new Response(null, { status: 204, headers });
}
