import "server-only";
import { appErrorOfDatabase } from "@/lib/db-errors";
import { AppError, type ActionResult } from "@/lib/errors";

/** What an action answers for an error it did not expect (the actions' 500). */
export const SERVER_ERROR_MESSAGE = "Terjadi kesalahan pada server. Tidak ada yang berubah.";

/**
 * Runs an action body and turns its AppError (or a database failure: unreachable, a value it
 * cannot hold, a unique key taken meanwhile) into the ActionResult forms show; other errors are logged.
 */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    const known = error instanceof AppError ? error : appErrorOfDatabase(error);
    if (known) return { ok: false, message: known.message, fieldErrors: known.fieldErrors };
    console.error(error);
    return { ok: false, message: SERVER_ERROR_MESSAGE };
  }
}
