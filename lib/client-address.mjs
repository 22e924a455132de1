// Which address a request comes from, read the same way by the HTTP server (scripts/serve.mjs,
// plain JavaScript outside the app's bundles) and by the app's rate limits
// (lib/api/rate-limit.ts). The server appends the connection's address to X-Forwarded-For, so
// the last entry is the peer; each of the TRUSTED_PROXY_COUNT proxies in front appended the
// address it saw before it. The entry TRUSTED_PROXY_COUNT places from the end is therefore the
// client as the outermost trusted proxy saw it — anything left of it the client may have
// written itself.

/** The client's address in an X-Forwarded-For chain (as the server leaves it), or "local". */
export function clientAddressOf(forwardedFor, trustedProxies) {
  const chain = String(forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? "local";
}
