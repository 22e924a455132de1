import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { availableParallelism } from "node:os";
import { createGate, type Gate } from "@/lib/concurrency-gate";

// scrypt is a deliberately slow, memory-hard hash (~100 ms per check on this hardware),
// built into Node so no native module has to be compiled or downloaded. Every hash goes
// through one gate: one per two cores at a time (each check keeps a core busy; the rest stay
// for answering requests), eight waiting (a second or two), the rest refused at once with
// GateFullError, so no burst of sign-ins, from any number of addresses, stalls the server.
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

// On globalThis: every bundle of the app (pages, actions, the auth route) shares the one gate.
const shared = globalThis as unknown as { sigapHashGate?: Gate };
const hashing = (shared.sigapHashGate ??= createGate({
  concurrency: Math.max(1, Math.floor(availableParallelism() / 2)),
  queue: 8,
  retryAfterSeconds: 5,
}));

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return hashing.run(
    () =>
      new Promise((resolve, reject) =>
        scryptCallback(password, salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
      ),
  );
}

/** Hashes a password as `scrypt$N$r$p$salt$hash` (base64url parts). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, { ...PARAMS, maxmem: MAX_MEMORY });
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** True when `password` matches a hash made by hashPassword; false for any malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = await scrypt(password, Buffer.from(salt, "base64url"), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAX_MEMORY,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
