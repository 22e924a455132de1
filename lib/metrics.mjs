// SIGAP's Prometheus metrics, in one registry on globalThis: the HTTP server (scripts/serve.mjs,
// plain JavaScript outside the app's bundles) and the app's own code (ingestion, the pool)
// record into the same one, which /api/metrics writes out. Counts only: no address, no
// account, nothing of a visitor is a label (PRODUCT.md: no personal data).
import client from "prom-client";

const shared = /** @type {{ sigapMetrics?: ReturnType<typeof create> }} */ (globalThis);

function create() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "sigap_process_" });
  return {
    registry,
    httpDuration: new client.Histogram({
      name: "sigap_http_request_duration_seconds",
      help: "Time to answer an HTTP request, by method, route pattern and status",
      labelNames: ["method", "route", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    ingestedEvents: new client.Counter({
      name: "sigap_ingested_events_total",
      help: "Visit events received, by how they were taken: accepted, duplicate or rejected",
      labelNames: ["result"],
      registers: [registry],
    }),
    ingestStatements: new client.Counter({
      name: "sigap_ingest_statements_total",
      help: "Statements that stored visit events: batches sent while one ran go out together (group commit)",
      registers: [registry],
    }),
    cacheLookups: new client.Counter({
      name: "sigap_public_cache_lookups_total",
      help: "Reads of the stored public releases (the public pages' cache), hit or miss",
      labelNames: ["result"],
      registers: [registry],
    }),
    jobRuns: new client.Counter({
      name: "sigap_job_runs_total",
      help: "Scheduled job runs in this process, by job and outcome (ok or failed; a failed run is retried)",
      labelNames: ["job", "outcome"],
      registers: [registry],
    }),
    mailSends: new client.Counter({
      name: "sigap_mail_sends_total",
      help: "Messages this process tried to mail: sent, failed (retried with back-off) or gave_up",
      labelNames: ["outcome"],
      registers: [registry],
    }),
    dbPool: new client.Gauge({
      name: "sigap_db_pool_connections",
      help: "Connections of this process's database pool: total, idle, and requests waiting",
      labelNames: ["state"],
      registers: [registry],
    }),
  };
}

/** The process's metrics (made on first use). */
export function metrics() {
  shared.sigapMetrics ??= create();
  return shared.sigapMetrics;
}

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** A request's method as a label: one of the methods the app answers, else OTHER. */
export function methodLabel(method) {
  return METHODS.has(method) ? method : "OTHER";
}
