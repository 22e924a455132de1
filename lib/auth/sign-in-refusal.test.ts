import { describe, expect, it } from "vitest";
import { REFUSED_ADDRESS_HEADER } from "@/lib/refused-addresses.mjs";
import { readSignInError, SIGN_IN_ERRORS, signInError } from "./sign-in-errors";
import { signInRefusal } from "./sign-in-refusal";

/** next-auth's JSON answer to a refused sign-in: the error page's URL with the thrown message. */
const refused = (error: Error) =>
  Response.json(
    { url: `http://127.0.0.1:3000/api/auth/error?error=${encodeURIComponent(error.message)}` },
    { status: 401 },
  );

describe("the status of a refused sign-in", () => {
  it("a locked address: 429 with the seconds left, marked for the server in front of the app", async () => {
    expect(await signInRefusal(refused(signInError(SIGN_IN_ERRORS.addressThrottled, 840)))).toEqual({
      status: 429,
      headers: { "Retry-After": "840", [REFUSED_ADDRESS_HEADER]: "sign-in" },
    });
  });

  it("a locked account: 429 with the seconds left, not marked (the address may sign in to others)", async () => {
    expect(await signInRefusal(refused(signInError(SIGN_IN_ERRORS.throttled, 61)))).toEqual({
      status: 429,
      headers: { "Retry-After": "61" },
    });
  });

  it("full password checks: 503 for a few seconds; a wrong password or success: as next-auth answers", async () => {
    expect(await signInRefusal(refused(signInError(SIGN_IN_ERRORS.busy)))).toEqual({
      status: 503,
      headers: { "Retry-After": "5" },
    });
    expect(await signInRefusal(refused(new Error("CredentialsSignin")))).toBeNull();
    expect(await signInRefusal(Response.json({ url: "http://127.0.0.1:3000/dashboard" }))).toBeNull();
    expect(await signInRefusal(new Response("<html>", { headers: { "content-type": "text/html" } }))).toBeNull();
  });
});

describe("sign-in error codes", () => {
  it("carry a wait only as whole seconds after the code", () => {
    expect(readSignInError("Throttled:900")).toEqual({ code: "Throttled", retryAfterSeconds: 900 });
    expect(readSignInError("Busy")).toEqual({ code: "Busy" });
    expect(readSignInError("Throttled:-1")).toEqual({ code: "Throttled:-1" });
    expect(readSignInError("Throttled:1e9")).toEqual({ code: "Throttled:1e9" });
    expect(readSignInError(null)).toEqual({ code: null });
  });
});
