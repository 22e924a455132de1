import { createHash, randomInt } from "node:crypto";
import { generateSecret, generateURI, verifySync } from "otplib";
import type { RoleCode } from "@/lib/vocabulary";

// The second factor of officials: time-based one-time codes (RFC 6238, 6 digits, 30 s), as
// every authenticator app makes them, through otplib. Pure: no database here. A code is
// accepted for the current step and one either side (a phone's clock a little off), and
// never for a step at or before the last one accepted, so an overheard code cannot be
// replayed; recovery codes are kept only as hashes and each works once.

/** Roles that must use a second factor (the others may turn it on). */
export const SECOND_FACTOR_REQUIRED: readonly RoleCode[] = ["ADMIN"];

/** The name authenticator apps show beside the account. */
const ISSUER = "SIGAP Kota Bekasi";
const TOLERANCE_SECONDS = 30;
const RECOVERY_CODES = 10;
/** No letters or digits that read alike (0/O, 1/l/I): recovery codes are copied by hand. */
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Whether `actor` must enrol a second factor before SIGAP lets them do anything else. */
export function mustEnrolSecondFactor(actor: { role: RoleCode; secondFactor?: boolean }): boolean {
  return SECOND_FACTOR_REQUIRED.includes(actor.role) && !actor.secondFactor;
}

/** A new base32 secret (160 bits). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address an authenticator app scans from a QR code. */
export function totpUri(email: string, secret: string): string {
  return generateURI({ issuer: ISSUER, label: email, secret });
}

/**
 * The time step `code` is valid for, or null: a wrong code, one at or before `lastStep`
 * (already used: see totpReplayed), or not six digits. `now` in milliseconds.
 */
export function acceptedTotpStep(secret: string, code: string, lastStep: number | null, now: number): number | null {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const result = verifySync({
    secret,
    token,
    epoch: Math.floor(now / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/**
 * Whether `code` is the right code of a step already used: refused, but not a guess — whoever
 * sends it knows the secret's code (an official whose code another sign-in just took), so it
 * does not count toward the lockout of wrong codes.
 */
export function totpReplayed(secret: string, code: string, lastStep: number | null, now: number): boolean {
  return lastStep !== null && acceptedTotpStep(secret, code, null, now) !== null;
}

/** Ten new recovery codes ("abcd-efgh", ~50 bits each): shown once, stored as hashes. */
export function newRecoveryCodes(): string[] {
  const part = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return Array.from({ length: RECOVERY_CODES }, () => `${part()}-${part()}`);
}

/** The stored form of a recovery code (codes are random, so a fast hash is enough). */
export function recoveryCodeHash(code: string): string {
  const normalised = code.trim().toLowerCase().replace(/[\s-]/g, "");
  return createHash("sha256").update(`sigap-recovery:${normalised}`).digest("hex");
}
