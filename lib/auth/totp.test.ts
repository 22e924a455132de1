import { generateSync } from "otplib";
import { describe, expect, it } from "vitest";
import {
  acceptedTotpStep,
  mustEnrolSecondFactor,
  newRecoveryCodes,
  newTotpSecret,
  recoveryCodeHash,
  totpReplayed,
  totpUri,
} from "./totp";

const at = (ms: number, secret: string) => generateSync({ secret, epoch: Math.floor(ms / 1000) });

describe("second factor (TOTP)", () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 11, 6, 1, 0, 10);

  it("accepts the current code, and one a step either side for a phone's clock", () => {
    const step = acceptedTotpStep(secret, at(now, secret), null, now);
    expect(step).toBe(Math.floor(now / 30_000));
    expect(acceptedTotpStep(secret, at(now - 30_000, secret), null, now)).toBe(step! - 1);
    expect(acceptedTotpStep(secret, at(now + 30_000, secret), null, now)).toBe(step! + 1);
    expect(acceptedTotpStep(secret, at(now - 90_000, secret), null, now)).toBeNull();
  });

  it("never accepts a code twice, nor an earlier one after a later one", () => {
    const step = acceptedTotpStep(secret, at(now, secret), null, now)!;
    expect(acceptedTotpStep(secret, at(now, secret), step, now)).toBeNull();
    expect(acceptedTotpStep(secret, at(now - 30_000, secret), step, now)).toBeNull();
    expect(acceptedTotpStep(secret, at(now + 30_000, secret), step, now)).toBe(step + 1);
  });

  it("tells a used code from a wrong one", () => {
    const step = acceptedTotpStep(secret, at(now, secret), null, now)!;
    expect(totpReplayed(secret, at(now, secret), step, now)).toBe(true);
    expect(totpReplayed(secret, "000000", step, now)).toBe(at(now, secret) === "000000");
    expect(totpReplayed(secret, at(now, secret), null, now)).toBe(false);
  });

  it("refuses anything that is not six digits, and another account's code", () => {
    for (const code of ["", "12345", "1234567", "abcdef", "12 34 5"])
      expect(acceptedTotpStep(secret, code, null, now)).toBeNull();
    expect(acceptedTotpStep(newTotpSecret(), at(now, secret), null, now)).toBeNull();
    expect(
      acceptedTotpStep(secret, ` ${at(now, secret).slice(0, 3)} ${at(now, secret).slice(3)} `, null, now),
    ).not.toBeNull();
  });

  it("gives ten distinct recovery codes, hashed the same however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(recoveryCodeHash(codes[0].toUpperCase().replace("-", " "))).toBe(recoveryCodeHash(codes[0]));
    expect(recoveryCodeHash(codes[0])).not.toBe(recoveryCodeHash(codes[1]));
  });

  it("is required for admins only, until enrolled", () => {
    expect(mustEnrolSecondFactor({ role: "ADMIN" })).toBe(true);
    expect(mustEnrolSecondFactor({ role: "ADMIN", secondFactor: true })).toBe(false);
    for (const role of ["TASKFORCE", "HUMAS", "AGENCY_ADMIN"] as const)
      expect(mustEnrolSecondFactor({ role })).toBe(false);
    expect(totpUri("admin@sigap.demo", secret)).toMatch(
      /^otpauth:\/\/totp\/SIGAP%20Kota%20Bekasi:admin%40sigap\.demo\?/,
    );
  });
});
