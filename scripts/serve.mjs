// SIGAP's production HTTP server: Next's request handler behind a plain Node server.
// `next start` keeps an X-Forwarded-For the client wrote and then drops the connection's
// address, so a client could pick its own rate-limit key. Here the peer address is always
// appended, as a proxy would, and lib/api/rate-limit.ts reads the chain from the right
// (TRUSTED_PROXY_COUNT). Plain JavaScript: it runs before and outside the app's bundles.
import { createServer } from "node:http";
import next from "next";
import { metrics, routeOf } from "../lib/metrics.mjs";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const app = next({ dev: false, port, hostname });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  // Next answers an address with a broken %-escape (/kantor/%E0%A4%A) with a bare 500.
  if (!decodable(request.url ?? "/")) {
    response
      .writeHead(400, { "Content-Type": "text/plain; charset=utf-8" })
      .end("400 Bad Request: the address has a malformed %-escape.");
    return;
  }
  // Every answer is timed by route pattern and status (/api/metrics).
  const started = process.hrtime.bigint();
  response.on("finish", () => {
    const route = routeOf(new URL(request.url ?? "/", "http://sigap").pathname);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    metrics().httpDuration.observe({ method: request.method ?? "GET", route, status: response.statusCode }, seconds);
  });
  const peer = request.socket.remoteAddress ?? "unknown";
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
  handle(request, response);
});
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
server.listen(port, hostname, () =>
  console.log(`▲ SIGAP listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`),
);

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
