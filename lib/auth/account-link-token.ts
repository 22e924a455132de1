import { createHash } from "node:crypto";

// A one-time account link (invitation, password reset) as stored: only the SHA-256 of its
// token, and its state at a moment. Pure: the service that spends links and the page that shows
// them read it alike.

export const hashLinkToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type LinkState = "USABLE" | "EXPIRED" | "USED" | "REVOKED" | "UNKNOWN";

/** Whether a stored link can be used at `at` (a link of an inactive account counts as revoked). */
export function linkState(
  link: { expiresAt: Date; usedAt: Date | null; revokedAt: Date | null; user?: { active: boolean } } | null,
  at: Date,
): LinkState {
  if (!link) return "UNKNOWN";
  if (link.usedAt) return "USED";
  if (link.revokedAt || link.user?.active === false) return "REVOKED";
  return link.expiresAt <= at ? "EXPIRED" : "USABLE";
}
