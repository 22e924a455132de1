import { describe, expect, it } from "vitest";
import { readSignInError, SIGN_IN_ERRORS } from "@/lib/auth/sign-in-errors";
import { createRefusedAddresses, REFUSED_ADDRESS_HEADER } from "./refused-addresses.mjs";

const keyPost = { method: "POST", pathname: "/api/v1/events", authorization: "Bearer sgp_x" };
const signInPost = { method: "POST", pathname: "/api/auth/callback/credentials" };
const secondsLeft = (answer: { headers: Record<string, string> } | null) =>
  answer ? Number(answer.headers["Retry-After"]) : 0;

describe("addresses refused in front of the app", () => {
  it("refuse an address until its Retry-After passes, then let it in again", () => {
    let ms = 1_000_000;
    const refused = createRefusedAddresses({ now: () => ms });
    expect(refused.answerFor(keyPost, "10.0.0.1")).toBeNull();
    refused.refuse("api-keys", "10.0.0.1", 42);
    expect(secondsLeft(refused.answerFor(keyPost, "10.0.0.1"))).toBe(42);
    expect(refused.answerFor(keyPost, "10.0.0.2")).toBeNull();
    ms += 41_500;
    expect(secondsLeft(refused.answerFor(keyPost, "10.0.0.1"))).toBe(1);
    ms += 500;
    expect(refused.answerFor(keyPost, "10.0.0.1")).toBeNull();
    expect(refused.size()).toBe(0);
  });

  it("refuse only the requests of the kind the app refused", () => {
    const refused = createRefusedAddresses();
    refused.refuse("api-keys", "10.0.0.1", 60);
    expect(refused.answerFor(signInPost, "10.0.0.1")).toBeNull();
    expect(refused.answerFor({ method: "GET", pathname: "/api/v1/events" }, "10.0.0.1")).toBeNull();
    refused.refuse("sign-in", "10.0.0.2", 60);
    expect(refused.answerFor(keyPost, "10.0.0.2")).toBeNull();
    expect(refused.answerFor({ method: "GET", pathname: "/login" }, "10.0.0.2")).toBeNull();
    expect(refused.answerFor({ method: "GET", pathname: "/api/auth/csrf" }, "10.0.0.2")).toBeNull();
    expect(refused.answerFor(signInPost, "10.0.0.2")?.headers[REFUSED_ADDRESS_HEADER]).toBe("sign-in");
    refused.refuse("constructor", "10.0.0.3", 60);
    expect(refused.size()).toBe(2);
  });

  it("answer a refused sign-in as the app does: a locked address, with the seconds left", () => {
    const refused = createRefusedAddresses();
    refused.refuse("sign-in", "10.0.0.1", 840);
    const answer = refused.answerFor(signInPost, "10.0.0.1")!;
    expect(answer.status).toBe(429);
    const { url } = JSON.parse(answer.body) as { url: string };
    expect(readSignInError(new URL(url, "http://sigap.invalid").searchParams.get("error"))).toEqual({
      code: SIGN_IN_ERRORS.addressThrottled,
      retryAfterSeconds: 840,
    });
  });

  it("never hold more than its bound, however many addresses an attacker has", () => {
    const refused = createRefusedAddresses({ max: 100 });
    for (let n = 0; n < 10_000; n++) refused.refuse("api-keys", `10.${n >> 16}.${(n >> 8) & 255}.${n & 255}`, 60);
    expect(refused.size()).toBe(100);
    // The newest are kept: the addresses attacking now.
    expect(refused.answerFor(keyPost, "10.0.39.15")).not.toBeNull();
    expect(refused.answerFor(keyPost, "10.0.0.0")).toBeNull();
  });
});
