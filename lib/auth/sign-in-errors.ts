// Why a sign-in was refused, as next-auth carries it: the message of the error thrown in
// `authorize` becomes the `?error=` of the URL it answers. A refusal with a wait (a lockout)
// carries its seconds after a colon ("AddressThrottled:840"), so the route can answer an
// honest Retry-After. Shared by the server (lib/auth/sign-in.ts), the sign-in route and the
// sign-in page's client, so this module imports nothing.

export const SIGN_IN_ERRORS = {
  /** The account has taken its wrong passwords (or codes) for the window. */
  throttled: "Throttled",
  /** The address has taken its failed sign-ins for the window: every account, from it. */
  addressThrottled: "AddressThrottled",
  busy: "Busy",
  unavailable: "Unavailable",
  /** The password was right; the account's second factor is asked for. */
  codeNeeded: "CodeNeeded",
  /** The password was right; the code was wrong or used already. */
  codeInvalid: "CodeInvalid",
} as const;

export type SignInErrorCode = (typeof SIGN_IN_ERRORS)[keyof typeof SIGN_IN_ERRORS];

/** The error to throw for a refusal: its code, and the seconds to wait when there are. */
export function signInError(code: SignInErrorCode, retryAfterSeconds?: number): Error {
  return new Error(retryAfterSeconds === undefined ? code : `${code}:${retryAfterSeconds}`);
}

/** A `?error=` value read back: its code, and the seconds to wait when it carries them. */
export function readSignInError(value: string | null): { code: string | null; retryAfterSeconds?: number } {
  if (value === null) return { code: null };
  const match = /^(\w+):(\d{1,7})$/.exec(value);
  return match ? { code: match[1], retryAfterSeconds: Number(match[2]) } : { code: value };
}
