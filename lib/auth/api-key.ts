import { createHash, randomBytes } from "node:crypto";

// API keys are 256-bit random secrets, so a fast hash is enough to store them safely
// (no dictionary to attack); the prefix lets a key be found and shown without the secret.
const KEY_PREFIX = "sgp";

/** A new key `sgp_<prefix>_<secret>`, its lookup prefix, and the hash to store. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomBytes(6).toString("hex");
  const key = `${KEY_PREFIX}_${prefix}_${randomBytes(32).toString("base64url")}`;
  return { key, prefix, hash: hashApiKey(key) };
}

/** The stored form of a key. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}
