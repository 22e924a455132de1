// Addresses the app has refused for a while, answered 429 by the server in front of Next
// (scripts/serve.mjs) until their Retry-After passes: the rest of a burst then costs the app
// nothing, not even a route handler. The app marks such an answer with REFUSED_ADDRESS_HEADER,
// whose value is the kind of refusal:
//  - "api-keys": too many unknown API keys from the address (lib/api/api-key-auth.ts); only
//    requests bearing a key are refused. A 429 for one key sending too often is not marked,
//    since other keys from the same address (scanners behind one NAT) are still welcome.
//  - "sign-in": too many failed sign-ins from the address (lib/auth/sign-in.ts); only sign-in
//    posts are refused, answered as next-auth answers a locked address (lib/auth/sign-in-errors.ts).
// Plain JavaScript: the server runs it outside the app's bundles.

/** Set by the app on a 429 that refuses the whole address (the value says which limit). */
export const REFUSED_ADDRESS_HEADER = "x-sigap-refused-address";

/** Whether a request posts credentials to next-auth: a sign-in attempt (one password check). */
export const isSignInPost = ({ method, pathname }) => method === "POST" && pathname.startsWith("/api/auth/callback/");

/** Each kind: which requests it refuses, and the body of the front door's 429 for them. */
const KINDS = {
  "api-keys": {
    refuses: ({ pathname, authorization }) => pathname.startsWith("/api/v1/") && /^Bearer\s/i.test(authorization ?? ""),
    body: () =>
      JSON.stringify({
        error: {
          code: "RATE_LIMITED",
          message: "Terlalu banyak kunci API yang salah dari alamat ini: coba lagi sebentar lagi.",
        },
      }),
  },
  "sign-in": {
    refuses: isSignInPost,
    body: (seconds) => JSON.stringify({ url: `/api/auth/error?error=AddressThrottled%3A${seconds}` }),
  },
};

/**
 * A bounded table of refused addresses, by kind, and until when (ms, by `now`). At most `max`
 * entries: the oldest goes first, so an attacker with many addresses cannot grow it.
 */
export function createRefusedAddresses({ max = 10_000, now = () => Date.now() } = {}) {
  const until = new Map();
  const secondsLeft = (key) => {
    const end = until.get(key);
    if (end === undefined) return 0;
    const left = end - now();
    if (left > 0) return Math.ceil(left / 1000);
    until.delete(key);
    return 0;
  };
  return {
    /**
     * The front door's answer to `request` ({ method, pathname, authorization }) from
     * `address`, or null when no refusal of the address covers it.
     */
    answerFor(request, address) {
      for (const [kind, { refuses, body }] of Object.entries(KINDS)) {
        if (!refuses(request)) continue;
        const seconds = secondsLeft(`${kind} ${address}`);
        if (seconds > 0)
          return {
            status: 429,
            headers: {
              "Content-Type": "application/json",
              "Cache-Control": "no-store",
              "Retry-After": String(seconds),
              [REFUSED_ADDRESS_HEADER]: kind,
            },
            body: body(seconds),
          };
      }
      return null;
    },
    /** Refuses `address` for `kind` (a value of REFUSED_ADDRESS_HEADER) for `seconds`; unknown kinds are ignored. */
    refuse(kind, address, seconds) {
      if (!Object.hasOwn(KINDS, kind)) return;
      const key = `${kind} ${address}`;
      until.delete(key);
      until.set(key, now() + seconds * 1000);
      if (until.size > max) until.delete(until.keys().next().value);
    },
    size: () => until.size,
  };
}
