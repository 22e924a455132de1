// Route handlers the HTTP server (scripts/serve.mjs) may call itself, without Next's request
// pipeline. Measured on a single visit (POST /api/v1/events with one event): Next's routing,
// tracing and stream wrapping cost more CPU than the handler's own work, and a desk or a
// scanner sends visits one by one (npm run bench: "one visit per request").
//
// A route offers its handler when Next first loads its module (so the first request always
// goes through Next); the server then calls the same function — the same module, with its
// key cache, group commit and rate limiter — with a web Request, and sends its Response with
// the headers next.config.js gives an API answer. Shared through globalThis: the server and
// the app's bundles each hold their own copy of this module.

const ROUTES = Symbol.for("sigap.directRoutes");

/** @returns {Map<string, (request: Request) => Promise<Response>>} */
const routes = () => (globalThis[ROUTES] ??= new Map());

/** Lets the server answer `method` `pathname` (an exact path, no parameters) with `handler`. */
export function offerDirectRoute(method, pathname, handler) {
  routes().set(`${method} ${pathname}`, handler);
}

/** The handler offered for this method and path, if any. */
export function directRoute(method, pathname) {
  return routes().get(`${method} ${pathname}`);
}
