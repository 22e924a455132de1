import "server-only";
import { findLiveKey, type LiveKey } from "@/lib/data/api-keys";
import { AppError } from "@/lib/errors";

/**
 * The office behind `Authorization: Bearer <key>` (a scanner's API key or a checkpoint
 * link's token; `kind` narrows it); 401 for a missing, unknown or revoked key.
 */
export async function officeForApiKey(request: Request, kind?: LiveKey["kind"]): Promise<LiveKey> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new AppError("UNAUTHENTICATED", "Kirim kunci API kantor di header Authorization: Bearer <kunci>.");
  const key = await findLiveKey(match[1]);
  if (!key || (kind && key.kind !== kind))
    throw new AppError("UNAUTHENTICATED", "Kunci API tidak dikenal atau sudah dicabut.");
  return key;
}
