import { z } from "zod";

// The one place that reads process.env (STYLE.md). Parsed lazily so that build-time
// imports do not fail for variables only the running server needs.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }).optional(),
  /**
   * A streaming replica of DATABASE_URL (optional): dashboards, public pages and open data read
   * from it; writes, and an official's reads until the replica has replayed their last write, go
   * to DATABASE_URL. Without it every query goes to DATABASE_URL.
   */
  DATABASE_REPLICA_URL: z.string().url({ message: "DATABASE_REPLICA_URL must be a postgresql:// URL" }).optional(),
  /**
   * Months of raw visit events kept (optional; all kept without it). Older months that are final
   * can be pruned (`npm run cli -- events:prune`), and events older than that are refused.
   */
  EVENT_RETENTION_MONTHS: z.coerce.number().int().min(2).max(120).optional(),
  /** Where the nightly backup job writes (default: SIGAP_DATA_DIR/backups), and how many backups it keeps. */
  BACKUP_DIR: z.string().optional(),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(365).default(7),
  /** "off": this instance runs no scheduled jobs (another one does; the queue runs each once anyway). */
  SIGAP_JOBS: z.enum(["on", "off"]).default("on"),
  /** Connections this process may open; keep small against embedded PGlite. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(50).default(4),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SIGAP_DATA_DIR: z.string().default("./data"),
  /** Requests a client address (or an API key) may make per minute to each public API. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /**
   * Redis shared by several SIGAP instances (rate limits, sign-in lockouts): redis://host:6379.
   * Without it each process counts in its own memory, right for the one-process default.
   */
  REDIS_URL: z.string().url().optional(),
  /** The bearer token /api/metrics asks of Prometheus; without it the endpoint is off (404). */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** Reverse proxies in front of SIGAP that append to X-Forwarded-For (nginx: 1); 0 = clients connect directly. */
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(5).default(0),
  /**
   * The instant SIGAP's business clock starts at (ISO 8601, e.g. 2022-03-07T09:00:00+07:00); it
   * then runs forward in real time (lib/clock.ts). Unset: the real time. The demo sets it.
   */
  SIGAP_CLOCK_START: z.iso
    .datetime({ offset: true, message: "SIGAP_CLOCK_START must be an ISO instant such as 2022-03-07T09:00:00+07:00" })
    .optional(),
  /**
   * The real instant SIGAP_CLOCK_START corresponds to (ISO 8601): give the same pair to every
   * instance so their clocks agree. Unset: when the process started.
   */
  SIGAP_CLOCK_ANCHOR: z.iso.datetime({ offset: true, message: "SIGAP_CLOCK_ANCHOR must be an ISO instant" }).optional(),
  /**
   * The city's SMTP relay (smtp://user:pass@host:587 or smtps://…:465). Unset: messages are
   * kept in the outbox only (/admin/outbox), as in the embedded demo.
   */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, { message: "SMTP_URL must be an smtp:// or smtps:// URL" })
    .optional(),
  /** The sender of every message SIGAP mails. */
  MAIL_FROM: z.string().min(3).default('"SIGAP Kota Bekasi" <sigap@bekasikota.go.id>'),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** The parsed environment; throws a readable error naming each bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** The database URL, or a clear error when the process was started without one. */
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL is not set: start SIGAP with `npm start` (embedded database) or set DATABASE_URL.");
  return url;
}

/** The address officials reach SIGAP at, for links in the messages it mails (NEXTAUTH_URL). */
export function appUrl(): string {
  return (env().NEXTAUTH_URL ?? `http://localhost:${env().PORT}`).replace(/\/+$/, "");
}
