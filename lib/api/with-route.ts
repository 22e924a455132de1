import "server-only";
import type { z } from "zod";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor, Permission } from "@/lib/auth/permissions";
import { APP_ERROR_STATUS, AppError, fieldErrorsOf } from "@/lib/errors";
import { clientKey, createRateLimiter, type RateLimit } from "./rate-limit";

/** The JSON error shape of every route handler. */
export function errorResponse(error: AppError, headers?: HeadersInit): Response {
  return Response.json(
    { error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } },
    { status: APP_ERROR_STATUS[error.code], headers },
  );
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("INVALID", `${what} tidak valid.`, fieldErrorsOf(parsed.error.issues));
  return parsed.data;
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("INVALID", "Body bukan JSON yang valid.", { _: ["Kirim body JSON dengan Content-Type: application/json"] });
  }
}

type Parsers<TQuery, TBody> = { query?: z.ZodType<TQuery>; body?: z.ZodType<TBody> };

async function parseRequest<TQuery, TBody>(request: Request, parsers: Parsers<TQuery, TBody>): Promise<{ query: TQuery; body: TBody }> {
  const query = parsers.query ? parseWith(parsers.query, Object.fromEntries(new URL(request.url).searchParams), "Parameter") : ({} as TQuery);
  const body = parsers.body ? parseWith(parsers.body, await readJson(request), "Body") : (undefined as TBody);
  return { query, body };
}

async function answer(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error);
    console.error(error);
    return Response.json({ error: { code: "INTERNAL", message: "Terjadi kesalahan pada server." } }, { status: 500 });
  }
}

type Context<TQuery, TBody> = { query: TQuery; body: TBody; request: Request };

/**
 * The wrapper of signed-in route handlers: checks the permission (401/403), parses the
 * query string and JSON body (422 with field errors), and maps AppError codes to
 * statuses. Anything else is logged and answered 500 without internals.
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
