import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

// The proxy in front of every page rendered per request, with a database that does not
// answer (nothing listens on port 1): pages answer 503 with Retry-After, never an error page.
process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/sigap";
const { proxy } = await import("./proxy");

describe("proxy", () => {
  it("answers a page 503 with Retry-After and a bilingual message while the database is down", async () => {
    const response = await proxy(new NextRequest("http://localhost:3000/dashboard"));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    const page = await response.text();
    expect(page).toContain("SIGAP sementara tidak tersedia");
    expect(page).toContain("temporarily unavailable");
    expect(page).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/i);
  });
});
