import "server-only";
import { REFUSED_ADDRESS_HEADER } from "@/lib/refused-addresses.mjs";
import { readSignInError, SIGN_IN_ERRORS } from "./sign-in-errors";
import { WINDOW_MS } from "./sign-in-limits";

/** Seconds a client refused by a full password queue is told to wait. */
const BUSY_RETRY_SECONDS = 5;

export type SignInRefusal = { status: number; headers: Record<string, string> };

/**
 * The status and headers a refused JSON sign-in answer should have: 429 for a lockout (with
 * the seconds left of it; a locked address marked for the server in front of the app), 503
 * when the password checks are full, null for anything else (a redirect, a wrong password,
 * success).
 */
export async function signInRefusal(response: Response): Promise<SignInRefusal | null> {
  if (!response.headers.get("content-type")?.includes("json")) return null;
  const { url } = (await response
    .clone()
    .json()
    .catch(() => ({}))) as { url?: unknown };
  if (typeof url !== "string") return null;
  const { code, retryAfterSeconds = WINDOW_MS / 1000 } = readSignInError(
    new URL(url, "http://sigap.invalid").searchParams.get("error"),
  );
  const wait = { "Retry-After": String(retryAfterSeconds) };
  if (code === SIGN_IN_ERRORS.addressThrottled)
    return { status: 429, headers: { ...wait, [REFUSED_ADDRESS_HEADER]: "sign-in" } };
  if (code === SIGN_IN_ERRORS.throttled) return { status: 429, headers: wait };
  if (code === SIGN_IN_ERRORS.busy) return { status: 503, headers: { "Retry-After": String(BUSY_RETRY_SECONDS) } };
  return null;
}
