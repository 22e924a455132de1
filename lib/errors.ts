// Errors the app raises on purpose, each mapped to one HTTP status and one message
// (INTERNAL: what the wrappers answer for an error nobody raised on purpose).
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "INVALID"
  | "CONFLICT"
  | "TOO_LARGE"
  | "RATE_LIMITED"
  | "UNAVAILABLE"
  | "INTERNAL";

export const APP_ERROR_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID: 422,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/**
 * Marks a message kept away from where it is raised (a constant, a default) so that the
 * extraction of messages (test/message-ids.ts) finds it; returns it unchanged.
 */
export const msg = <T extends string>(text: T): T => text;

/** What a server action answers: its data, or the code, message and field errors of its refusal. */
export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; code: AppErrorCode; message: string; fieldErrors?: Record<string, string[]> };

/** zod issues → { field: [messages] }, the fieldErrors of ActionResult and of 422 answers. */
export function fieldErrorsOf(
  issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; keys?: readonly string[] }[],
): Record<string, string[]> {
  // A Map, not an object: a field may be named "constructor" or "__proto__" by whoever sent it.
  const errors = new Map<string, string[]>();
  const add = (field: string, message: string) => {
    const key = field || "_";
    errors.set(key, [...(errors.get(key) ?? []), message]);
  };
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    // An unknown field is named as itself, so a sender sees exactly what to remove.
    if (issue.code === "unrecognized_keys" && issue.keys)
      for (const key of issue.keys) add(path ? `${path}.${key}` : key, msg("Kolom tidak dikenal: tidak diterima"));
    else add(path, issue.message);
  }
  return Object.fromEntries(errors);
}
