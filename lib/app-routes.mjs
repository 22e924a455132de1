// The app's own addresses as route patterns, read from the files under app/ (each page.tsx and
// route.ts), so that what counts requests by route (lib/metrics.mjs) and what walks every page
// (e2e/app-pages.ts) know the same routes without a list kept by hand. Plain JavaScript: the
// HTTP server (scripts/serve.mjs) uses it outside the app's bundles.
import { readdirSync } from "node:fs";
import path from "node:path";

/** Every page.tsx and route.ts under `dir`. */
export function routeFiles(dir = "app") {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "page.tsx" || entry.name === "route.ts" ? [full] : [];
  });
}

/**
 * app/(dashboard)/offices/[code]/page.tsx → /offices/[code]. Route groups are not part of the
 * address; the cached pages' [lang] is dropped, as next.config.js rewrites / to /id (or /en).
 */
export function routeOfFile(file) {
  const segments = path
    .dirname(file)
    .split(path.sep)
    .slice(1)
    .filter((s) => !/^\(.*\)$/.test(s) && s !== "[lang]");
  return `/${segments.join("/")}`;
}

/** The route patterns of the app in `dir`, with the cached pages also under their /[lang] address. */
export function appRoutes(dir = "app") {
  const routes = new Set();
  for (const file of routeFiles(dir)) {
    routes.add(routeOfFile(file));
    if (file.split(path.sep).includes("[lang]")) routes.add(`/[lang]${routeOfFile(file)}`.replace(/\/$/, ""));
  }
  return [...routes];
}

/** Dynamic segments whose values the app knows: the language of the cached pages. */
const KNOWN_VALUES = { "[lang]": "(?:id|en)" };

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A function naming the pattern a path belongs to — `/offices/[code]` for
 * `/offices/DISDUKCAPIL-001` — or `unmatched`, so that labels have as many values as the app
 * has routes, whatever paths clients send. A literal segment beats a dynamic one; `/_next/…`
 * and the files of public/ have their own labels.
 */
export function routeLabeler(routes, publicFiles = []) {
  const compiled = routes
    .map((route) => {
      const segments = route.split("/").filter(Boolean);
      const pattern = segments
        .map((s) =>
          KNOWN_VALUES[s]
            ? `/${KNOWN_VALUES[s]}`
            : /^\[\.\.\..+\]$/.test(s)
              ? "(?:/[^/]+)+"
              : /^\[.+\]$/.test(s)
                ? "/[^/]+"
                : `/${escape(s)}`,
        )
        .join("");
      // Fewer dynamic segments first: /transparansi beats /[lang], /admin/users/new beats [id].
      const dynamic = segments.filter((s) => s.startsWith("[")).length;
      return { route, regex: new RegExp(`^${pattern || "/"}/?$`), dynamic };
    })
    .sort((a, b) => a.dynamic - b.dynamic);
  const files = new Set(publicFiles.map((file) => `/${file}`));
  return (pathname) => {
    if (pathname.startsWith("/_next/")) return "/_next/*";
    if (files.has(pathname)) return pathname;
    return compiled.find(({ regex }) => regex.test(pathname))?.route ?? "unmatched";
  };
}
