import "server-only";
import { SIGN_IN_ERRORS } from "./sign-in";
import { WINDOW_MS } from "./sign-in-limits";

/** Seconds a locked-out client is told to wait: the lockout window. */
const LOCKOUT_RETRY_SECONDS = WINDOW_MS / 1000;
/** Seconds a client refused by a full password queue is told to wait. */
const BUSY_RETRY_SECONDS = 5;

/**
 * The status a refused JSON sign-in answer should have: 429 for a lockout, 503 when the
 * password checks are full, null for anything else (a redirect, a wrong password, success).
 */
export async function refusalStatus(response: Response): Promise<{ status: number; retryAfterSeconds: number } | null> {
  if (!response.headers.get("content-type")?.includes("json")) return null;
  const { url } = (await response
    .clone()
    .json()
    .catch(() => ({}))) as { url?: unknown };
  if (typeof url !== "string") return null;
  const error = new URL(url, "http://sigap.invalid").searchParams.get("error");
  if (error === SIGN_IN_ERRORS.throttled) return { status: 429, retryAfterSeconds: LOCKOUT_RETRY_SECONDS };
  if (error === SIGN_IN_ERRORS.busy) return { status: 503, retryAfterSeconds: BUSY_RETRY_SECONDS };
  return null;
}
