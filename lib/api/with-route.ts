import "server-only";
import { now } from "@/lib/clock";
import type { z } from "zod";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor, Permission } from "@/lib/auth/permissions";
import { appErrorOf } from "@/lib/app-error-of";
import { RETRY_AFTER_SECONDS } from "@/lib/db-errors";
import type { LiveKey } from "@/lib/data/api-keys";
import { APP_ERROR_STATUS, AppError, msg } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/dictionaries";
import { localizeMessages } from "@/lib/i18n/messages";
import { answerIn, localeOfRequest } from "@/lib/i18n/request-locale";
import { parseOrThrow } from "@/lib/validations/parse";
import { redisClient } from "@/lib/redis";
import { memoLimit, registerMemoLimit } from "@/lib/public-page-memo.mjs";
import { KeyLookupsRefused, officeForApiKey } from "./api-key-auth";
import { readJsonBody } from "./read-body";
import { clientKey, createRateLimiter, type RateLimit, type RateLimiter } from "./rate-limit";

/** Bytes a JSON body of a route handler may have unless the route says otherwise. */
const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** The JSON error shape of every route handler, in `locale` (503 also says when to try again). */
export function errorResponse(error: AppError, locale: Locale = DEFAULT_LOCALE, headers?: HeadersInit): Response {
  const all = new Headers(headers);
  all.set("Cache-Control", "no-store");
  if (error.code === "UNAVAILABLE") all.set("Retry-After", String(RETRY_AFTER_SECONDS));
  // A limit that did not say when it lifts: its window is a minute at most.
  if (error.code === "RATE_LIMITED" && !all.has("Retry-After")) all.set("Retry-After", "60");
  const body = { error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } };
  return Response.json(localizeMessages(body, locale), { status: APP_ERROR_STATUS[error.code], headers: all });
}

type Parsers<TQuery, TBody> = {
  query?: z.ZodType<TQuery>;
  body?: z.ZodType<TBody>;
  maxBodyBytes?: number;
  /** The body a sender should send, `{ "events": [ … ] }`: named when the body is not JSON or not of that shape. */
  bodyShape?: string;
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
        await readJsonBody(request, parsers.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, parsers.bodyShape),
        parsers.bodyShape ? `Body tidak valid: kirim ${parsers.bodyShape} sebagai JSON.` : "Body tidak valid.",
      )
    : (undefined as TBody);
  return { query, body };
}

/** `run`'s response, or the error response of what it threw, in the request's language. */
export async function answer(request: Request, run: (locale: Locale) => Promise<Response>): Promise<Response> {
  const locale = localeOfRequest(request);
  try {
    return await answerIn(locale, () => run(locale));
  } catch (error) {
    return errorResponse(appErrorOf(error, request.headers.get("x-request-id")), locale);
  }
}

/** What a handler is given; `locale` is the language its messages are answered in. */
type Context<TQuery, TBody> = { query: TQuery; body: TBody; request: Request; locale: Locale };

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
    answer(request, async (locale) => {
      const actor = await requirePermission(options.permission);
      return handler({ actor, request, locale, ...(await parseRequest(request, options)) });
    });
}

/**
 * A route's limiter, made on its first request (not when the route module is imported, at
 * build time): counted per route, in Redis when this process has it (lib/redis.ts).
 */
function routeLimiter(name: string, limit: RateLimit | undefined): () => RateLimiter | undefined {
  let limiter: RateLimiter | undefined;
  return () => (limit ? (limiter ??= createRateLimiter(name, limit, redisClient())) : undefined);
}

/** A 429 when `limiter` has no room left for `key` on this route. */
async function overLimit(
  limiter: RateLimiter | undefined,
  request: Request,
  key: string,
  message: string,
  locale: Locale,
): Promise<Response | null> {
  const allowed = await limiter?.take(`${new URL(request.url).pathname}|${key}`);
  if (!allowed || allowed.ok) return null;
  return errorResponse(new AppError("RATE_LIMITED", message), locale, {
    "Retry-After": String(allowed.retryAfterSeconds),
  });
}

/**
 * Lets the server serve its kept copy of this route's answer (lib/public-page-memo.mjs) within
 * the same per-client limit: it counts in this limiter, under the key overLimit uses.
 */
function shareLimitWithMemo(request: Request, limiter: RateLimiter | undefined): void {
  const pathname = new URL(request.url).pathname;
  if (limiter && !memoLimit(pathname)) registerMemoLimit(pathname, (client) => limiter.take(`${pathname}|${client}`));
}

/** The same for public routes (no sign-in), with an optional per-client rate limit (429). */
export function withPublicRoute<TQuery = Record<string, never>, TBody = undefined>(
  options: { rateLimit?: RateLimit } & Parsers<TQuery, TBody>,
  handler: (context: Context<TQuery, TBody>) => Promise<Response>,
): (request: Request) => Promise<Response> {
  const limiter = routeLimiter("client", options.rateLimit);
  return (request) =>
    answer(request, async (locale) => {
      const tooMany = msg("Terlalu banyak permintaan: coba lagi sebentar lagi.");
      shareLimitWithMemo(request, limiter());
      const refused = await overLimit(limiter(), request, clientKey(request), tooMany, locale);
      return refused ?? handler({ request, locale, ...(await parseRequest(request, options)) });
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
  const limiter = routeLimiter("key", options.rateLimit);
  return (request) =>
    answer(request, async (locale) => {
      let key: LiveKey;
      try {
        key = await officeForApiKey(request, options.kind);
      } catch (error) {
        if (error instanceof KeyLookupsRefused) return errorResponse(error, locale, error.headers);
        throw error;
      }
      const tooOften = msg("Kunci ini mengirim terlalu sering: coba lagi sebentar lagi.");
      const refused = await overLimit(limiter(), request, key.keyId, tooOften, locale);
      const response = refused ?? (await handler({ key, request, locale, ...(await parseRequest(request, options)) }));
      // Scanners and desks stamp their visits by this Date (lib/checkpoint/clock.ts): SIGAP's
      // clock, so that a desk's checks fall on SIGAP's today when its clock is set (the demo).
      response.headers.set("Date", now().toUTCString());
      return response;
    });
}
