import { AppError } from "@/lib/errors";

// What a failure of the database means for the request that met it. Prisma (through the pg
// driver adapter) and the bare pg pool report the same causes in different wrappers; this
// reads them all, so that every route, action and page answers alike:
//   unreachable / overloaded → 503 "try again" (never the raw PostgreSQL text),
//   a value PostgreSQL cannot hold (a data exception, class 22) → 422,
//   a unique key taken by a concurrent request → 409.

const UNAVAILABLE_PRISMA = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "ConnectionClosed",
  "TooManyConnections",
  "SocketTimeout",
  "TransactionAlreadyClosed",
]);
const UNAVAILABLE_NODE = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|server closed the connection/i;

type Cause = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown };

/** The error and every cause below it (Prisma's meta.driverAdapterError, error.cause). */
function chain(error: unknown): Cause[] {
  const found: Cause[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 6; depth++) {
    const e = current as Cause & { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    found.push(e);
    current = e.meta?.driverAdapterError ?? e.cause;
  }
  return found;
}

export type DatabaseFailure = "UNAVAILABLE" | "INVALID_VALUE" | "CONFLICT";

/** What kind of database failure `error` is, or null when it is not one. */
export function databaseFailure(error: unknown): DatabaseFailure | null {
  // Prisma refusing the shape of a query means a value that should have been checked was not.
  if ((error as { name?: unknown } | null)?.name === "PrismaClientValidationError") return "INVALID_VALUE";
  for (const e of chain(error)) {
    const code = String(e.originalCode ?? e.code ?? "");
    if (UNAVAILABLE_PRISMA.has(code) || UNAVAILABLE_NODE.has(code) || UNAVAILABLE_KINDS.has(String(e.kind)))
      return "UNAVAILABLE";
    // 08: connection exception, 53: insufficient resources, 57P0x: the server is shutting down or starting.
    if (/^(08|53)/.test(code) || /^57P0[1-4]$/.test(code)) return "UNAVAILABLE";
    if (code === "P2002" || e.kind === "UniqueConstraintViolation" || code === "23505") return "CONFLICT";
    if (/^22/.test(code) || code === "54000" || e.kind === "LengthMismatch" || e.kind === "ValueOutOfRange")
      return "INVALID_VALUE";
    if (typeof e.message === "string" && UNAVAILABLE_MESSAGES.test(e.message)) return "UNAVAILABLE";
  }
  return null;
}

/** Seconds a client should wait before trying again while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 30;

/** The AppError a database failure is answered with, or null when `error` is something else. */
export function appErrorOfDatabase(error: unknown): AppError | null {
  switch (databaseFailure(error)) {
    case "UNAVAILABLE":
      return new AppError(
        "UNAVAILABLE",
        "Basis data sedang tidak dapat dihubungi: coba lagi sebentar lagi. Tidak ada yang berubah.",
      );
    case "INVALID_VALUE":
      return new AppError(
        "INVALID",
        "Ada nilai yang tidak dapat disimpan (karakter atau tanggal di luar jangkauan). Tidak ada yang berubah.",
      );
    case "CONFLICT":
      return new AppError(
        "CONFLICT",
        "Data yang sama baru saja disimpan oleh permintaan lain: muat ulang dan periksa.",
      );
    default:
      return null;
  }
}
