// SIGAP's structured logs: one JSON object per line (pino), on globalThis so that the HTTP
// server (scripts/serve.mjs) and the app's bundles write through one logger. Each request has
// an id (X-Request-Id: nginx's $request_id, or made here) on its access line and on any error
// it raised, so one line leads to the other across instances. Never logged: addresses, query
// strings, accounts, bodies (PRODUCT.md: no personal data). LOG_LEVEL picks the level (info).
import pino from "pino";

const shared = /** @type {{ sigapLog?: import("pino").Logger }} */ (globalThis);

/** The process's logger. */
export function log() {
  shared.sigapLog ??= pino({
    level: process.env.LOG_LEVEL ?? "info",
    base: { service: "sigap", pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
  return shared.sigapLog;
}

/** An id a proxy sent that is safe to keep (letters, digits, dot, dash, underscore), else null. */
export function acceptedRequestId(value) {
  return typeof value === "string" && /^[A-Za-z0-9._-]{8,128}$/.test(value) ? value : null;
}
