import { LOCALE_COOKIE } from "./lib/locale-cookie.mjs";
import { contentSecurityPolicy, DATA_ANSWER_POLICY, fixedSecurityHeaders } from "./lib/security-headers.mjs";

// The cached public pages (app/(cached)/[lang]) are kept once per language; the language
// cookie picks the copy. A rewrite here costs far less per request than a proxy (middleware)
// function: measured 640 → 1 600 req/s for / (npm run bench).
const CACHED_PAGES = [
  ["/", ""],
  ["/transparansi", "/transparansi"],
  ["/transparansi/:month(\\d{4}-\\d{2})", "/transparansi/:month"],
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Scripts and tests import lib/ through tsx. Next keeps @prisma/client, pg and prisma
  // external by default; HiGHS (the suppression audit's solver) loads its .wasm beside its
  // own file, which a bundled copy cannot find.
  // prom-client and pino stay one module each (their registry and logger are shared with
  // scripts/serve.mjs: lib/metrics.mjs, lib/log.mjs).
  serverExternalPackages: ["highs", "prom-client", "pino"],
  // forbidden() answers a signed-in official without the permission with 403 at the same
  // address (app/(dashboard)/forbidden.tsx) instead of a redirect to a page that says 200.
  // Server actions take the office and report CSV imports (up to 2 MB, lib/validations/constants.ts)
  // with room for the form around them.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "3mb" } },
  // Types are checked once, by `npm run typecheck` (tsc over app, lib, scripts, tests; CI runs
  // it before anything else), not again inside every build: that took 20–36 s of a newcomer's
  // first `npm start` and of every browser-test build.
  typescript: { ignoreBuildErrors: true },
  async rewrites() {
    return {
      beforeFiles: CACHED_PAGES.flatMap(([source, path]) => [
        { source, has: [{ type: "cookie", key: LOCALE_COOKIE, value: "en" }], destination: `/en${path}` },
        { source, destination: `/id${path}` },
      ]),
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: fixedSecurityHeaders(process.env.NODE_ENV === "production") },
      // A shared cache in front must keep the two languages apart; one fixed policy (no nonce in a cached page).
      ...CACHED_PAGES.map(([source]) => ({
        source,
        headers: [
          { key: "Vary", value: "Cookie" },
          { key: "Content-Security-Policy", value: contentSecurityPolicy() },
        ],
      })),
      // Answers that are data, not pages: nothing in them may run or be framed. (/api/docs is
      // a page, the API reference: it gets the pages' policy from proxy.ts.)
      {
        source: "/api/:path((?!docs$).*)",
        headers: [{ key: "Content-Security-Policy", value: DATA_ANSWER_POLICY }],
      },
    ];
  },
};

export default nextConfig;
