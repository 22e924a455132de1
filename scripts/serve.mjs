// SIGAP's production HTTP server: Next's request handler behind a plain Node server.
// `next start` keeps an X-Forwarded-For the client wrote and then drops the connection's
// address, so a client could pick its own rate-limit key. Here the peer address is always
// appended, as a proxy would, and lib/api/rate-limit.ts reads the chain from the right
// (TRUSTED_PROXY_COUNT). Plain JavaScript: it runs before and outside the app's bundles.
import { Buffer } from "node:buffer";
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import { createServer } from "node:http";
import { Readable } from "node:stream";
import next from "next";
import { FORWARDED_HOST_HEADERS, foreignActionPost } from "../lib/action-origin.mjs";
import { clientAddressOf } from "../lib/client-address.mjs";
import { createInflightLimit } from "../lib/inflight-limit.mjs";
import { acceptedRequestId, log } from "../lib/log.mjs";
import { appRoutes, routeLabeler } from "../lib/app-routes.mjs";
import { methodLabel, metrics } from "../lib/metrics.mjs";
import { directRoute } from "../lib/direct-routes.mjs";
import { createRefusedAddresses, isSignInPost, REFUSED_ADDRESS_HEADER } from "../lib/refused-addresses.mjs";
import { listenForPublicChanges } from "./lib/public-changes.mjs";
import { memoGeneration, memoKey, memoLimit, recall, remember } from "../lib/public-page-memo.mjs";
import { DATA_ANSWER_POLICY, fixedSecurityHeaders } from "../lib/security-headers.mjs";

const port = Number(process.env.PORT ?? 3000);
const trustedProxies = Number(process.env.TRUSTED_PROXY_COUNT ?? 0);
const behindProxy = trustedProxies > 0;
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const app = next({ dev: false, port, hostname });
await app.prepare();
const handle = app.getRequestHandler();
// Requests are labelled by the app's own routes only: a path no route answers is "unmatched",
// so anonymous clients cannot grow the metrics or put words into the logs.
const publicFiles = readdirSync("public");
const routeOf = routeLabeler(appRoutes(), publicFiles);

// Requests the app takes from one client at once: six, what a browser uses itself, so a person
// never waits for the limit; a burst from one address waits behind itself (up to 200 queued,
// then 503), and a path no route answers (only ever a 404) one at a time. Sign-ins (a
// password check each) enter eight at a time from everyone together. Built files and the
// health check are not counted: they cost the app nothing.
const perClient = createInflightLimit(6, 200);
const unmatchedPerClient = createInflightLimit(1, 50);
const signIns = createInflightLimit(8, 0);
// An address the app refused as a whole (too many unknown API keys, too many failed sign-ins)
// is answered here until its Retry-After passes (lib/refused-addresses.mjs): a burst of random
// keys reaches Next ~20 times, a burst of sign-ins ~30.
const refusedAddresses = createRefusedAddresses();
const uncounted = (pathname) =>
  pathname.startsWith("/_next/static/") || pathname === "/api/health" || publicFiles.includes(pathname.slice(1));

/**
 * Whether the request may go on to the app now (after its turn in each limit that counts it),
 * or was answered 503 here, or was given up by its client while it waited. Every slot it
 * holds is given back when its answer closes — also when the client left while it waited,
 * which is when a slot would otherwise be lost for good.
 */
async function admit(request, response, pathname, client) {
  if (uncounted(pathname)) return true;
  const signIn = isSignInPost({ method: request.method, pathname });
  const limits = [[routeOf(pathname) === "unmatched" ? unmatchedPerClient : perClient, client]];
  if (signIn) limits.push([signIns, "all"]);
  const held = [];
  let closed = false;
  response.once("close", () => {
    closed = true;
    for (const [limit, key] of held.splice(0)) limit.leave(key);
  });
  for (const [limit, key] of limits) {
    if (!(await limit.enter(key))) {
      response
        .writeHead(503, { "Content-Type": "text/plain; charset=utf-8", "Retry-After": signIn ? "5" : "1" })
        .end("503 Service Unavailable: too many requests at once; try again in a moment.");
      return false;
    }
    if (closed) {
      limit.leave(key);
      return false;
    }
    held.push([limit, key]);
  }
  return true;
}

const server = createServer((request, response) => {
  // Next answers an address with a broken %-escape (/kantor/%E0%A4%A) with a bare 500.
  if (!decodable(request.url ?? "/")) {
    response
      .writeHead(400, { "Content-Type": "text/plain; charset=utf-8" })
      .end("400 Bad Request: the address has a malformed %-escape.");
    return;
  }
  // Every request has an id (the proxy's, or one made here) that the app's logs repeat.
  const requestId = acceptedRequestId(request.headers["x-request-id"]) ?? randomUUID();
  request.headers["x-request-id"] = requestId;
  response.setHeader("X-Request-Id", requestId);
  // Every answer is timed by route pattern and status (/api/metrics) and logged by its
  // pattern (lib/app-routes.mjs): codes, ids and months of the path are not kept, nor the query.
  const started = process.hrtime.bigint();
  const address = new URL(request.url ?? "/", "http://sigap");
  const { pathname, search } = address;
  response.on("finish", () => {
    const route = routeOf(pathname);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const method = methodLabel(request.method);
    metrics().httpDuration.observe({ method, route, status: response.statusCode }, seconds);
    log().info(
      { requestId, method, route, status: response.statusCode, ms: Math.round(seconds * 1e4) / 10 },
      "request",
    );
  });
  // The host a client asked for is the Host header, unless a configured proxy says otherwise.
  if (!behindProxy) for (const name of FORWARDED_HOST_HEADERS) delete request.headers[name];
  if (foreignActionPost({ method: request.method, pathname, headers: request.headers })) {
    response
      .writeHead(403, { "Content-Type": "text/plain; charset=utf-8" })
      .end("403 Forbidden: server actions are accepted only from SIGAP's own pages.");
    return;
  }
  const peer = request.socket.remoteAddress ?? "unknown";
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
  const client = clientAddressOf(request.headers["x-forwarded-for"], trustedProxies);
  const asked = { method: request.method, pathname, authorization: request.headers.authorization };
  /** Answers the request here when its address is refused for it (checked again after a wait in line). */
  const refusedHere = () => {
    const answer = refusedAddresses.answerFor(asked, client);
    if (answer) response.writeHead(answer.status, answer.headers).end(answer.body);
    return answer !== null;
  };
  if (refusedHere()) return;
  // The busiest public pages from this server's memory when it has a fresh copy (lib/public-page-memo.mjs).
  const memo = memoKey({ method: request.method, pathname, search, headers: request.headers });
  void (async () => {
    if (await fromMemo(memo, pathname, client, request, response)) return;
    if (memo) keepAnswer(memo, response);
    if (!(await admit(request, response, pathname, client)) || refusedHere()) return;
    // The app's refusal of the whole address is learnt here, and answered here from now on.
    response.on("finish", () => {
      const kind = response.getHeader(REFUSED_ADDRESS_HEADER);
      if (response.statusCode === 429 && kind)
        refusedAddresses.refuse(String(kind), client, Number(response.getHeader("retry-after")) || 60);
    });
    const direct = directRoute(request.method, pathname);
    return direct ? answerDirectly(direct, address, request, response) : handle(request, response);
  })();
});

// What next.config.js adds to every API answer (lib/security-headers.mjs), for the answers made here.
const DATA_ANSWER_HEADERS = Object.fromEntries(
  [
    ...fixedSecurityHeaders(process.env.NODE_ENV === "production"),
    { key: "Content-Security-Policy", value: DATA_ANSWER_POLICY },
  ].map(({ key, value }) => [key.toLowerCase(), value]),
);

/**
 * Answers with a route handler the app offered (lib/direct-routes.mjs): the request as a web
 * Request at `address`, the server's reading of its path and query (the handler reads those,
 * not the host), its body streamed as Next passes it; the handler's Response as it is. The
 * handler answers its own errors (lib/api/with-route.ts); a throw past it is a bare 500.
 */
async function answerDirectly(handler, address, request, response) {
  try {
    const answer = await handler(
      new Request(address, {
        method: request.method,
        headers: Object.entries(request.headers).flatMap(([name, value]) =>
          (Array.isArray(value) ? value : [value]).map((one) => [name, one ?? ""]),
        ),
        body: request.method === "GET" || request.method === "HEAD" ? undefined : Readable.toWeb(request),
        duplex: "half",
      }),
    );
    const body = Buffer.from(await answer.arrayBuffer());
    response.writeHead(answer.status, {
      ...DATA_ANSWER_HEADERS,
      "x-sigap-direct": "1",
      ...Object.fromEntries(answer.headers),
      "content-length": body.length,
    });
    response.end(body);
  } catch (error) {
    log().error({ err: error, requestId: request.headers["x-request-id"] }, "direct route failed");
    if (!response.headersSent)
      response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8", ...DATA_ANSWER_HEADERS });
    response.end("500 Internal Server Error");
  }
}

/**
 * Answers from the fresh copy under `key` when there is one and the route's per-client limit
 * (if it has one) still has room for `client`; false to let Next answer (a 429 included).
 */
async function fromMemo(key, pathname, client, request, response) {
  const page = key ? recall(key) : undefined;
  if (!page) return false;
  const limit = memoLimit(pathname);
  if (limit && !(await limit(client)).ok) return false;
  answerFromMemo(page, request, response);
  return true;
}
/** Answers with a kept copy (304 when the client has it). */
function answerFromMemo(page, request, response) {
  response.setHeader("X-Sigap-Memo", "hit");
  if (page.headers.etag !== undefined && request.headers["if-none-match"] === page.headers.etag)
    response.writeHead(304, page.headers).end();
  else response.writeHead(200, { ...page.headers, "Content-Length": page.body.length }).end(page.body);
}

/** Keeps what Next answers to this request (the bytes as sent, compressed or not) as the copy under `key`. */
function keepAnswer(key, response) {
  const since = memoGeneration();
  const chunks = [];
  const bytes = (chunk, encoding) =>
    typeof chunk === "string"
      ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8")
      : Buffer.from(chunk);
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  response.write = (chunk, ...rest) => {
    if (chunk !== undefined && chunk !== null) chunks.push(bytes(chunk, rest[0]));
    return write(chunk, ...rest);
  };
  response.end = (chunk, ...rest) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") chunks.push(bytes(chunk, rest[0]));
    return end(chunk, ...rest);
  };
  response.once("finish", () =>
    remember(key, { status: response.statusCode, headers: response.getHeaders(), body: Buffer.concat(chunks) }, since),
  );
}

function decodable(url) {
  try {
    decodeURIComponent(url);
    return true;
  } catch {
    return false;
  }
}

// A client that sends its headers slowly (slowloris) is cut off instead of holding a socket.
server.headersTimeout = 20_000;
server.requestTimeout = 120_000;
server.listen(port, hostname, () => log().info({ port }, "SIGAP listening"));
// Several instances: a change to the public pages made on another one reaches this one's cache.
const unlisten = listenForPublicChanges(`http://${hostname === "0.0.0.0" ? "127.0.0.1" : hostname}:${port}`);

for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    unlisten();
    server.close(() => process.exit(0));
  });
