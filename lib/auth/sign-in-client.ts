// Signing in from the browser the way next-auth v4's signIn("credentials") does — csrf token,
// then the credentials callback with json: true — without shipping next-auth/react's client
// to the sign-in page, the first page every official loads.

import { SIGN_IN_ERRORS, readSignInError } from "./sign-in-errors";

export type SignInOutcome =
  "ok" | "invalid" | "throttled" | "busy" | "unavailable" | "codeNeeded" | "codeInvalid" | "failed";

/** What the page says for each refusal next-auth carries back in `?error=` (a Map: any text may come back). */
const OUTCOMES = new Map<string, SignInOutcome>([
  ["CredentialsSignin", "invalid"],
  [SIGN_IN_ERRORS.throttled, "throttled"],
  [SIGN_IN_ERRORS.addressThrottled, "throttled"],
  [SIGN_IN_ERRORS.busy, "busy"],
  [SIGN_IN_ERRORS.unavailable, "unavailable"],
  [SIGN_IN_ERRORS.codeNeeded, "codeNeeded"],
  [SIGN_IN_ERRORS.codeInvalid, "codeInvalid"],
]);

/** Posts the credentials to next-auth; the session cookie is set by the answer. */
export async function signInWithCredentials(email: string, password: string, code = ""): Promise<SignInOutcome> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      email,
      password,
      ...(code ? { code } : {}),
      csrfToken,
      callbackUrl: window.location.href,
      json: "true",
    }),
  });
  // A refused sign-in answers 401 (429 locked, 503 busy) with the error in the returned URL; a successful one 200 without it.
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  if (!url) return "failed";
  const refusal = readSignInError(new URL(url, window.location.href).searchParams.get("error")).code;
  if (refusal === null) return response.ok ? "ok" : "failed";
  return OUTCOMES.get(refusal) ?? "failed";
}
