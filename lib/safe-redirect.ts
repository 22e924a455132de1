// A path to send a visitor back to after signing in or switching language must stay on this
// site. Browsers read "/\evil.example" and "/<tab>/evil.example" as "//evil.example", another
// host: the path is resolved the way a browser would (WHATWG URL) and kept only when it, and
// the path it resolves to, stay on the same origin.
const HOME = "http://sigap.invalid";

/** `value` when it is a path on this site, else `fallback`. Returns path, query and hash only. */
export function safeLocalPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  try {
    const url = new URL(value, HOME);
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Resolving can itself make "//host": "/..//evil.example" is the path "//evil.example",
    // which the browser then reads as another host. The result must be same-origin as it is.
    return url.origin === HOME && new URL(path, HOME).origin === HOME ? path : fallback;
  } catch {
    return fallback;
  }
}
