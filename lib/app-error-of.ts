import "server-only";
import { appErrorOfDatabase } from "@/lib/db-errors";
import { AppError, msg } from "@/lib/errors";
import { log } from "@/lib/log.mjs";

// The one error mapping of the server (dub's handleApiError is the model): whatever a server
// action or a route handler threw becomes an AppError with its code — its own, a database
// failure's (unreachable, a value it cannot hold, a unique key taken meanwhile), or INTERNAL.
// An INTERNAL one is logged with the request's id; its text never reaches the answer.

/** What an action or a route answers for an error nobody raised on purpose (a 500). */
export const SERVER_ERROR_MESSAGE = msg("Terjadi kesalahan pada server. Tidak ada yang berubah.");

/** The AppError `error` stands for; `requestId` names the request in the log of an unexpected one. */
export function appErrorOf(error: unknown, requestId: string | null): AppError {
  if (error instanceof AppError) return error;
  const fromDatabase = appErrorOfDatabase(error);
  if (fromDatabase) return fromDatabase;
  log().error({ err: error, requestId }, "unexpected error");
  return new AppError("INTERNAL", SERVER_ERROR_MESSAGE);
}
