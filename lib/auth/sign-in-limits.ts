// The sign-in limits, apart from the sign-in itself so that the load test (scripts/) can read
// them without the server's modules.

/** The window every sign-in limit counts in. */
export const WINDOW_MS = 15 * 60_000;
/** Wrong passwords an account may take per 15 minutes before it is locked for the rest of them. */
export const ACCOUNT_FAILURES = 5;
/** Failed sign-ins one address may make per 15 minutes (an office behind one NAT has many officials). */
export const ADDRESS_FAILURES = 30;
/** Wrong second-factor codes an account may take per 15 minutes (a million codes, five tries). */
export const CODE_FAILURES = 5;
