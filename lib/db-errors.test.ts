import pg from "pg";
import { describe, expect, it } from "vitest";
import { answer } from "@/lib/api/with-route";
import { databaseFailure } from "./db-errors";

// The failures come from a real pg pool against a port nothing listens on, and from the
// shapes Prisma's pg driver adapter wraps PostgreSQL's codes in (read off real errors).

describe("database failures", () => {
  it("reads a refused connection as unavailable, and answers it 503 with Retry-After and no internals", async () => {
    const dead = new pg.Pool({
      connectionString: "postgresql://postgres@127.0.0.1:1/none",
      connectionTimeoutMillis: 2000,
    });
    const error = await dead.query("SELECT 1").catch((e: unknown) => e);
    await dead.end();
    expect(databaseFailure(error)).toBe("UNAVAILABLE");
    const response = await answer(new Request("http://sigap.test/api/v1/rules"), async () => {
      throw error;
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    const body = await response.text();
    expect(body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/i);
    expect(JSON.parse(body).error.code).toBe("UNAVAILABLE");
  });

  it.each([
    [{ code: "P1001", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } }, "UNAVAILABLE"],
    [{ name: "DriverAdapterError", cause: { originalCode: "22021", kind: "postgres" } }, "INVALID_VALUE"],
    [{ name: "DriverAdapterError", cause: { originalCode: "22008", kind: "postgres" } }, "INVALID_VALUE"],
    [{ code: "P2002" }, "CONFLICT"],
    [{ code: "57P01" }, "UNAVAILABLE"],
    [new Error("Connection terminated unexpectedly"), "UNAVAILABLE"],
    [new TypeError("x is undefined"), null],
  ])("classifies %j as %s", (error, kind) => {
    expect(databaseFailure(error)).toBe(kind);
  });
});
