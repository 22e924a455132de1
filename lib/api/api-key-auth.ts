import "server-only";
import { findLiveKey, rememberedLiveKey, type LiveKey } from "@/lib/data/api-keys";
import { prisma } from "@/lib/db";
import { AppError, msg } from "@/lib/errors";
import { redisClient } from "@/lib/redis";
import { noteKeyUsed } from "@/lib/services/api-keys";
import { REFUSED_ADDRESS_HEADER } from "@/lib/refused-addresses.mjs";
import { clientKey, createRateLimiter, type RateLimiter } from "./rate-limit";

/** Unknown or revoked keys one address may send per minute before its key lookups stop. */
export const KEY_FAILURES_PER_MINUTE = 20;

// Each lookup reserves a slot of its address's failures first and gives it back when the key
// is good, so a burst of random keys (sent at once or not) costs at most this many database
// lookups a minute; the rest are answered 429 without one.
let failures: RateLimiter | undefined;
const failedLookups = () =>
  (failures ??= createRateLimiter("key-failures", { limit: KEY_FAILURES_PER_MINUTE, windowMs: 60_000 }, redisClient()));

/**
 * An address over its limit of unknown keys: answered 429 with when to try again, and marked
 * so that the server in front of the app refuses the address itself until then
 * (lib/refused-addresses.mjs).
 */
export class KeyLookupsRefused extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED", msg("Terlalu banyak kunci API yang salah dari alamat ini: coba lagi sebentar lagi."));
  }

  get headers(): Record<string, string> {
    return { "Retry-After": String(this.retryAfterSeconds), [REFUSED_ADDRESS_HEADER]: "api-keys" };
  }
}

/** A key looked up in the database, within its address's limit of failed look-ups. */
async function lookUpKey(request: Request, secret: string, kind?: LiveKey["kind"]): Promise<LiveKey | null> {
  const address = clientKey(request);
  const slot = await failedLookups().take(address);
  if (!slot.ok) throw new KeyLookupsRefused(slot.retryAfterSeconds);
  const key = await findLiveKey(secret);
  // A key of another kind counts as a failure, as an unknown one does.
  if (key && (!kind || key.kind === kind)) await failedLookups().release(address);
  return key;
}

/**
 * The office behind `Authorization: Bearer <key>` (a scanner's API key or a checkpoint
 * link's token; `kind` narrows it); 401 for a missing, unknown or revoked key, 429 for an
 * address that sent too many of those.
 */
export async function officeForApiKey(request: Request, kind?: LiveKey["kind"]): Promise<LiveKey> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new AppError("UNAUTHENTICATED", "Kirim kunci API kantor di header Authorization: Bearer <kunci>.");
  const key = rememberedLiveKey(match[1]) ?? (await lookUpKey(request, match[1], kind));
  if (!key || (kind && key.kind !== kind))
    throw new AppError("UNAUTHENTICATED", "Kunci API tidak dikenal atau sudah dicabut.");
  await noteKeyUsed(prisma, key);
  return key;
}
