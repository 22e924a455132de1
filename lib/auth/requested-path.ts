import { safeLocalPath } from "@/lib/safe-redirect";

/** The request header in which proxy.ts passes the page asked for (path and query) to the pages. */
export const REQUESTED_PATH_HEADER = "x-sigap-requested-path";

/** The sign-in page that returns to `requested` (a same-site path only) once signed in. */
export function signInPathFor(requested: string | null): string {
  const back = safeLocalPath(requested, "");
  return back && back !== "/login" ? `/login?${new URLSearchParams({ callbackUrl: back })}` : "/login";
}
