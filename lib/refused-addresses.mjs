// Addresses the app has refused for a while (over their limit of unknown API keys), answered
// 429 by the server in front of Next (scripts/serve.mjs) until their Retry-After passes: the
// rest of a burst of random keys then costs the app nothing, not even a route handler. The app
// marks such an answer with REFUSED_ADDRESS_HEADER; a 429 for one key sending too often is not
// marked, since other keys from the same address (scanners behind one NAT) are still welcome.
// Plain JavaScript: the server runs it outside the app's bundles.

/** Set by the app on a 429 that refuses the whole address (the value says which limit). */
export const REFUSED_ADDRESS_HEADER = "x-sigap-refused-address";

/**
 * A bounded table of refused addresses and until when (ms, by `now`). At most `max` entries:
 * the oldest goes first, so an attacker with many addresses cannot grow it.
 */
export function createRefusedAddresses({ max = 10_000, now = () => Date.now() } = {}) {
  const until = new Map();
  return {
    /** Seconds left of `address`'s refusal; 0 when it is not refused. */
    secondsLeft(address) {
      const end = until.get(address);
      if (end === undefined) return 0;
      const left = end - now();
      if (left > 0) return Math.ceil(left / 1000);
      until.delete(address);
      return 0;
    },
    refuse(address, seconds) {
      until.delete(address);
      until.set(address, now() + seconds * 1000);
      if (until.size > max) until.delete(until.keys().next().value);
    },
    size: () => until.size,
  };
}
