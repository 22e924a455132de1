// The busiest public pages (/ and /transparansi, app/(cached)/[lang]) and the open data kept as
// bytes by the HTTP server itself (scripts/serve.mjs), so a visit costs no trip through Next: such a page changes
// when a month is released anew, an announcement or an erratum is published — and then the app
// forgets every copy (lib/api/revalidate-public.ts) — or, for the date it shows, within Next's
// own `revalidate`. A copy is what Next answered, headers (CSP, security headers) included,
// one per page, language and encoding. Shared through globalThis: the server and the app's
// bundle each load their own copy of this module, in one process. Plain JavaScript, like
// scripts/serve.mjs.

import { LOCALE_COOKIE } from "./locale-cookie.mjs";

const MEMO = Symbol.for("sigap.publicPageMemo");
/** How long a copy is served before Next is asked again (Next revalidates these pages every 300 s). */
export const MEMO_TTL_MS = 60_000;
/** The pages next.config.js rewrites to app/(cached)/[lang]. */
const PAGES = /^\/(transparansi(\/\d{4}-\d{2})?)?$/;
/**
 * The open data (app/api/v1/open-data): the same for everyone, made from the releases, and
 * rate-limited per client — a copy is served only within the route's own limit (memoLimit).
 */
const OPEN_DATA = /^\/api\/v1\/open-data\/(traffic\.json|traffic\.csv|meta\.json)$/;
/**
 * At most this many copies, and bytes: the open data's queries are many (months, groupings,
 * versions), and a stranger choosing them must not grow the server's memory without end.
 */
const MAX_COPIES = 300;
const MAX_BYTES = 64 * 1024 * 1024;
/** Headers of one answer that a copy must not repeat to another visitor. */
const PER_ANSWER = new Set(["x-request-id", "date", "connection", "keep-alive", "transfer-encoding", "content-length"]);
/** Requests for something other than the page's HTML (a client navigation's RSC payload, a prefetch). */
const NOT_THE_DOCUMENT = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch"];
/** The language as next.config.js's rewrite chooses it: English only when the cookie says exactly "en". */
const ENGLISH = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=en(?:;|$)`);

const state = () => (globalThis[MEMO] ??= { pages: new Map(), generation: 0, limits: new Map() });

/**
 * The copy a request may be answered with (its page, language and encoding; for open data its
 * query and encoding), or null when it is not one of these.
 */
export function memoKey({ method, pathname, search = "", headers }) {
  if (method !== "GET") return null;
  const encoding = /\bgzip\b/.test(headers["accept-encoding"] ?? "") ? "gzip" : "identity";
  // The open data answers in Indonesian whatever the language; the query says what is asked.
  if (OPEN_DATA.test(pathname)) return `${pathname}${search}|${encoding}`;
  if (!PAGES.test(pathname)) return null;
  if (NOT_THE_DOCUMENT.some((name) => headers[name] !== undefined)) return null;
  const lang = ENGLISH.test(headers.cookie ?? "") ? "en" : "id";
  return `${pathname}|${lang}|${encoding}`;
}

/**
 * The route's own per-client limit on `pathname`, as the app registered it (registerMemoLimit):
 * a copy of a rate-limited answer is served only when the client still has room, counted in
 * the same counter as the route's (in Redis across instances, or in memory).
 */
export const memoLimit = (pathname) => state().limits.get(pathname);

/** Called by a rate-limited public route: `take(client)` counts one request of that client on it. */
export function registerMemoLimit(pathname, take) {
  state().limits.set(pathname, take);
}

/** The copy under `key` while it is fresh. */
export function recall(key, now = Date.now()) {
  const page = state().pages.get(key);
  return page && now - page.at < MEMO_TTL_MS ? page : undefined;
}

/** The count of forgets so far: a copy made before the latest one is not kept. */
export const memoGeneration = () => state().generation;

/**
 * Keeps Next's answer as the copy under `key`: only a whole 200 that Next itself served from
 * or into its page cache (not a stale one, not a private one, not one setting a cookie) — for
 * the open data, one its route marked public — and only when no forget happened while it was
 * being made (`since`).
 */
export function remember(key, answer, since, now = Date.now()) {
  const headers = Object.fromEntries(
    Object.entries(answer.headers).filter(([name]) => !PER_ANSWER.has(name.toLowerCase())),
  );
  const cacheState = String(headers["x-nextjs-cache"] ?? "");
  const cacheControl = String(headers["cache-control"] ?? "");
  const shared = !/\b(private|no-store)\b/.test(cacheControl);
  const cached = key.startsWith("/api/") ? /\bpublic\b/.test(cacheControl) : /^(HIT|MISS)$/.test(cacheState);
  if (answer.status !== 200 || !cached || !shared || headers["set-cookie"] !== undefined) return false;
  if (since !== state().generation) return false;
  const { pages } = state();
  const fits = () => pages.size < MAX_COPIES && bytesKept(pages) + answer.body.length <= MAX_BYTES;
  if (!fits()) for (const [k, page] of pages) if (now - page.at >= MEMO_TTL_MS) pages.delete(k);
  if (!fits()) return false;
  pages.set(key, { headers, body: answer.body, at: now });
  return true;
}

const bytesKept = (pages) => {
  let bytes = 0;
  for (const page of pages.values()) bytes += page.body.length;
  return bytes;
};

/** Every copy is dropped (a release, an announcement, an erratum): the next visit asks Next. */
export function forgetPublicPages() {
  const memo = state();
  memo.pages.clear();
  memo.generation++;
}
