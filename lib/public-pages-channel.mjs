// How SIGAP instances tell one another that the cached public pages must be made again (a
// release, an announcement or an erratum published on one of them). Next keeps its page cache
// per process, so the instance where the change happened publishes on a Redis channel, and
// every instance's server (scripts/serve.mjs) hands the message to its own Next through
// /api/internal/public-pages. Plain JavaScript: scripts/serve.mjs runs outside the app's bundles.
import { createHmac } from "node:crypto";

/** The Redis channel of public-page changes. */
export const PUBLIC_PAGES_CHANNEL = "sigap:public-pages";

/** The internal route that makes this instance's cached public pages again. */
export const PUBLIC_PAGES_ROUTE = "/api/internal/public-pages";

/**
 * The bearer token of the internal route: derived from NEXTAUTH_SECRET, which every instance
 * of one deployment shares and no client knows.
 */
export function internalToken(secret) {
  return createHmac("sha256", secret).update("sigap:internal-route").digest("hex");
}
