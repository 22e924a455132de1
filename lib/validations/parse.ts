import type { z } from "zod";
import { AppError, fieldErrorsOf } from "@/lib/errors";

/**
 * `input` checked against `schema`: its parsed value, or an INVALID AppError with `message`
 * and every field's errors (the 422 of routes, the field errors of forms). Every service
 * checks what it is given this way, whoever calls it: an action, the CLI or an import.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, message: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", message, fieldErrorsOf(parsed.error.issues));
  return parsed.data;
}
