// Server actions are POSTs to a page's own address: with a Next-Action header from the app's
// script, or, before the script has loaded, a plain form post whose fields name the action
// ($ACTION_ID_…). Next refuses one sent from another site, but with a 500, and only on the
// paths its proxy sees. SIGAP's HTTP server (scripts/serve.mjs) refuses them first, on every
// path, with a 403. Plain JavaScript: the server uses it outside the app's bundles.

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)/i;

/**
 * Whether a request is a server action (or a page form post that may be one) sent from
 * another origin — or with no Origin at all, which no browser omits on a POST. API routes
 * take form posts of their own (sign-in, the language switch) and check them themselves.
 */
export function foreignActionPost({ method, pathname, headers }) {
  if (method !== "POST") return false;
  const action = Boolean(headers["next-action"]);
  const pageForm = FORM_TYPES.test(String(headers["content-type"] ?? "")) && !pathname.startsWith("/api/");
  if (!action && !pageForm) return false;
  const origin = headers.origin;
  if (typeof origin !== "string") return true;
  try {
    // X-Forwarded-Host is there only behind a configured proxy (the server drops it otherwise).
    return new URL(origin).host !== (headers["x-forwarded-host"] ?? headers.host);
  } catch {
    return true;
  }
}

/**
 * The headers a proxy adds that name the host the client asked for. Believed only behind a
 * configured proxy (TRUSTED_PROXY_COUNT > 0): a client talking to SIGAP directly could
 * otherwise name any host and pass Next's own origin check of server actions.
 */
export const FORWARDED_HOST_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];
