import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * NEXTAUTH_SECRET for this run. A real deployment (DATABASE_URL set) must provide one;
 * the embedded demo generates one on first start and keeps it in its data dir so that
 * sessions survive a restart.
 */
export function resolveAuthSecret(options: { embedded: boolean; dataDir: string }): string {
  const given = process.env.NEXTAUTH_SECRET;
  if (given && given.length >= 16) return given;
  if (given) throw new Error("NEXTAUTH_SECRET is shorter than 16 characters: use e.g. `openssl rand -base64 32`.");
  if (!options.embedded) {
    throw new Error(
      "NEXTAUTH_SECRET is required when SIGAP runs on DATABASE_URL (production): set it to a long random string.",
    );
  }
  const file = path.join(options.dataDir, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
