import "server-only";
import { AppError, type ActionResult } from "@/lib/errors";

/** Runs an action body and turns its AppError into the ActionResult forms show; other errors are logged. */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    console.error(error);
    return { ok: false, message: "Terjadi kesalahan pada server. Tidak ada yang berubah." };
  }
}
