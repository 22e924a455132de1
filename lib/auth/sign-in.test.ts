import { describe, expect, it } from "vitest";

// Signing in while the database does not answer (nothing listens on port 1): the sign-in
// page gets the code for "cannot reach the database", never PostgreSQL's own text.
process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/sigap";
const { authorizeCredentials, SIGN_IN_ERRORS } = await import("./sign-in");

describe("signing in while the database is down", () => {
  it("says the database cannot be reached", async () => {
    const attempt = authorizeCredentials({ email: "humas@sigap.demo", password: "sigap-demo-2021" }, new Headers());
    await expect(attempt).rejects.toThrow(new Error(SIGN_IN_ERRORS.unavailable));
  });
});
