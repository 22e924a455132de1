import "server-only";
import type { z } from "zod";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor, Permission } from "@/lib/auth/permissions";
import { APP_ERROR_STATUS, AppError, fieldErrorsOf } from "@/lib/errors";

type RouteContext<TQuery> = { actor: Actor; query: TQuery; request: Request };

/** The JSON error shape of every route handler. */
export function errorResponse(error: AppError): Response {
  return Response.json({ error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } }, { status: APP_ERROR_STATUS[error.code] });
}

/**
 * The one wrapper of signed-in route handlers: checks the permission (401/403), parses
 * the query string with `query` (422 with field errors), and maps AppError codes to
 * statuses. Anything else is logged and answered 500 without internals.
 */
export function withRoute<TQuery = Record<string, never>>(
  options: { permission: Permission; query?: z.ZodType<TQuery> },
  handler: (context: RouteContext<TQuery>) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const actor = await requirePermission(options.permission);
      const params = Object.fromEntries(new URL(request.url).searchParams);
      let query = {} as TQuery;
      if (options.query) {
        const parsed = options.query.safeParse(params);
        if (!parsed.success) {
          throw new AppError("INVALID", "Parameter tidak valid.", fieldErrorsOf(parsed.error.issues));
        }
        query = parsed.data;
      }
      return await handler({ actor, query, request });
    } catch (error) {
      if (error instanceof AppError) return errorResponse(error);
      console.error(error);
      return Response.json({ error: { code: "INTERNAL", message: "Terjadi kesalahan pada server." } }, { status: 500 });
    }
  };
}
