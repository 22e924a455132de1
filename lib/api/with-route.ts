import "server-only";
import type { z } from "zod";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor, Permission } from "@/lib/auth/permissions";
import { appErrorOfDatabase, RETRY_AFTER_SECONDS } from "@/lib/db-errors";
import type { LiveKey } from "@/lib/data/api-keys";
import { APP_ERROR_STATUS, AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validations/parse";
import { officeForApiKey } from "./api-key-auth";
import { readJsonBody } from "./read-body";
import { clientKey, createRateLimiter, type RateLimit, type RateLimiter } from "./rate-limit";

/** Bytes a JSON body of a route handler may have unless the route says otherwise. */
const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** The JSON error shape of every route handler (503 also says when to try again). */
export function errorResponse(error: AppError, headers?: HeadersInit): Response {
  const all = new Headers(headers);
  all.set("Cache-Control", "no-store");
  if (error.code === "UNAVAILABLE") all.set("Retry-After", String(RETRY_AFTER_SECONDS));
  return Response.json(
    { error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } },
    { status: APP_ERROR_STATUS[error.code], headers: all },
  );
}

type Parsers<TQuery, TBody> = {
  query?: z.ZodType<TQuery>;
  body?: z.ZodType<TBody>;
  maxBodyBytes?: number;
  /** What a sender should send, said when the body is not JSON or not the schema's shape. */
  bodyHint?: string;
};

async function parseRequest<TQuery, TBody>(
  request: Request,
  parsers: Parsers<TQuery, TBody>,
): Promise<{ query: TQuery; body: TBody }> {
  const query = parsers.query
    ? parseOrThrow(parsers.query, Object.fromEntries(new URL(request.url).searchParams), "Parameter tidak valid.")
    : ({} as TQuery);
  const body = parsers.body
    ? parseOrThrow(
        parsers.body,
        await readJsonBody(request, parsers.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, parsers.bodyHint),
        parsers.bodyHint ? `Body tidak valid: ${parsers.bodyHint}.` : "Body tidak valid.",
      )
    : (undefined as TBody);
  return { query, body };
}

export async function answer(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error);
    const fromDatabase = appErrorOfDatabase(error);
    if (fromDatabase) return errorResponse(fromDatabase);
    console.error(error);
    return errorResponse(new AppError("INTERNAL", "Terjadi kesalahan pada server."));
  }
}

type Context<TQuery, TBody> = { query: TQuery; body: TBody; request: Request };

/**
 * The wrapper of signed-in route handlers: checks the permission (401/403), parses the
 * query string and JSON body (413 over its limit, 422 with field errors), and maps AppError
 * codes to statuses; a database that cannot be reached is a 503 with Retry-After. Anything
 * else is logged and answered 500 without internals.
 */
export function withRoute<TQuery = Record<string, never>, TBody = undefined>(
  options: { permission: Permission } & Parsers<TQuery, TBody>,
  handler: (context: Context<TQuery, TBody> & { actor: Actor }) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return (request) =>
    answer(async () => {
      const actor = await requirePermission(options.permission);
      return handler({ actor, request, ...(await parseRequest(request, options)) });
    });
}

/** A 429 when `limiter` has no room left for `key`. */
function overLimit(limiter: RateLimiter | undefined, key: string, message: string): Response | null {
  const allowed = limiter?.take(key);
  if (!allowed || allowed.ok) return null;
  return errorResponse(new AppError("RATE_LIMITED", message), { "Retry-After": String(allowed.retryAfterSeconds) });
}

/** The same for public routes (no sign-in), with an optional per-client rate limit (429). */
export function withPublicRoute<TQuery = Record<string, never>, TBody = undefined>(
  options: { rateLimit?: RateLimit } & Parsers<TQuery, TBody>,
  handler: (context: Context<TQuery, TBody>) => Promise<Response>,
): (request: Request) => Promise<Response> {
  const limiter = options.rateLimit && createRateLimiter(options.rateLimit);
  return (request) =>
    answer(async () => {
      const refused = overLimit(limiter, clientKey(request), "Terlalu banyak permintaan: coba lagi sebentar lagi.");
      return refused ?? handler({ request, ...(await parseRequest(request, options)) });
    });
}

/**
 * The same for devices (scanners, desk tablets): the office behind the request's API key or
 * checkpoint token (401 for a missing, unknown or revoked one, or one of another `kind`),
 * then an optional per-key rate limit (429), then the query and body.
 */
export function withKeyRoute<TQuery = Record<string, never>, TBody = undefined>(
  options: { kind?: LiveKey["kind"]; rateLimit?: RateLimit } & Parsers<TQuery, TBody>,
  handler: (context: Context<TQuery, TBody> & { key: LiveKey }) => Promise<Response>,
): (request: Request) => Promise<Response> {
  const limiter = options.rateLimit && createRateLimiter(options.rateLimit);
  return (request) =>
    answer(async () => {
      const key = await officeForApiKey(request, options.kind);
      const refused = overLimit(limiter, key.keyId, "Kunci ini mengirim terlalu sering: coba lagi sebentar lagi.");
      return refused ?? handler({ key, request, ...(await parseRequest(request, options)) });
    });
}
