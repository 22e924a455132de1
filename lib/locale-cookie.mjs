// The cookie that holds the interface language a visitor chose. Plain JavaScript: next.config.js
// (whose rewrite picks a cached public page's language by it) and scripts/serve.mjs (which keeps
// those pages' bytes per language, lib/public-page-memo.mjs) read it outside the app's bundles.
export const LOCALE_COOKIE = "sigap-lang";
