// Signing in from the browser the way next-auth v4's signIn("credentials") does — csrf token,
// then the credentials callback with json: true — without shipping next-auth/react's client
// to the sign-in page, the first page every official loads.

export type SignInOutcome =
  "ok" | "invalid" | "throttled" | "busy" | "unavailable" | "codeNeeded" | "codeInvalid" | "failed";

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
  const error = url ? new URL(url, window.location.href).searchParams.get("error") : "failed";
  if (error === "CredentialsSignin") return "invalid";
  // The codes of lib/auth/sign-in.ts (SIGN_IN_ERRORS); kept as literals so no server module is bundled here.
  if (error === "Throttled") return "throttled";
  if (error === "Busy") return "busy";
  if (error === "CodeNeeded") return "codeNeeded";
  if (error === "CodeInvalid") return "codeInvalid";
  if (error === "Unavailable") return "unavailable";
  return response.ok && !error ? "ok" : "failed";
}
