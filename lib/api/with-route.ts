import "server-only";
import type { z } from "zod";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor, Permission } from "@/lib/auth/permissions";
import { appErrorOfDatabase, RETRY_AFTER_SECONDS } from "@/lib/db-errors";
import { APP_ERROR_STATUS, AppError, fieldErrorsOf } from "@/lib/errors";
import { readJsonBody } from "./read-body";
import { clientKey, createRateLimiter, type RateLimit } from "./rate-limit";

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

function parseWith<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("INVALID", `${what} tidak valid.`, fieldErrorsOf(parsed.error.issues));
  return parsed.data;
}

type Parsers<TQuery, TBody> = { query?: z.ZodType<TQuery>; body?: z.ZodType<TBody>; maxBodyBytes?: number };

async function parseRequest<TQuery, TBody>(
  request: Request,
  parsers: Parsers<TQuery, TBody>,
): Promise<{ query: TQuery; body: TBody }> {
  const query = parsers.query
    ? parseWith(parsers.query, Object.fromEntries(new URL(request.url).searchParams), "Parameter")
    : ({} as TQuery);
  const body = parsers.body
    ? parseWith(parsers.body, await readJsonBody(request, parsers.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES), "Body")
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
    return Response.json({ error: { code: "INTERNAL", message: "Terjadi kesalahan pada server." } }, { status: 500 });
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

/** The same for public routes (no sign-in), with an optional per-client rate limit (429). */
export function withPublicRoute<TQuery = Record<string, never>, TBody = undefined>(
  options: { rateLimit?: RateLimit } & Parsers<TQuery, TBody>,
  handler: (context: Context<TQuery, TBody>) => Promise<Response>,
): (request: Request) => Promise<Response> {
  const limiter = options.rateLimit && createRateLimiter(options.rateLimit);
  return (request) =>
    answer(async () => {
      const allowed = limiter?.take(clientKey(request));
      if (allowed && !allowed.ok) {
        return errorResponse(new AppError("RATE_LIMITED", "Terlalu banyak permintaan: coba lagi sebentar lagi."), {
          "Retry-After": String(allowed.retryAfterSeconds),
        });
      }
      return handler({ request, ...(await parseRequest(request, options)) });
    });
}
