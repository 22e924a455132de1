// The security headers of every answer, in one place: next.config.js sends the fixed ones
// (and the fixed policy of the cached public pages), proxy.ts the per-request policy with a
// nonce. Plain JavaScript because next.config.js imports it; types in security-headers.d.mts.

/**
 * The Content-Security-Policy. With a nonce (pages rendered per request): only scripts that
 * carry it, and what they load ('strict-dynamic'). Without (the cached public pages, rendered
 * once for every visitor, where no per-request nonce can exist): scripts from SIGAP itself
 * plus Next's inline bootstrap. Styles allow inline attributes (React and the charts set them).
 */
export function contentSecurityPolicy(nonce) {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  const dev = process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : "";
  return [
    "default-src 'self'",
    `script-src ${scripts}${dev}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The policy of answers that are data, not pages (the APIs but /api/docs): nothing in them may run or be framed. */
export const DATA_ANSWER_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Headers every answer carries (HSTS only in production: browsers ignore it over plain http anyway). */
export function fixedSecurityHeaders(production) {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
