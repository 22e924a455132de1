// A checkpoint link carries its token in the fragment (/pos/CODE#t=TOKEN): a browser never
// sends the fragment to a server, so no proxy log, access log or Referer header keeps the
// desk's long-lived credential. The page reads it here and sends it as a bearer header.

/** The path of a desk's checkpoint link, token in the fragment. */
export function checkpointLinkPath(officeCode: string, token: string): string {
  return `/pos/${encodeURIComponent(officeCode)}#t=${encodeURIComponent(token)}`;
}

/**
 * The whole address of a desk's checkpoint link on the SIGAP host at `base` (a base URL,
 * with or without a path): ready to open on the tablet or to turn into a QR code.
 */
export function checkpointLink(officeCode: string, token: string, base: string): string {
  return new URL(checkpointLinkPath(officeCode, token).slice(1), base.endsWith("/") ? base : `${base}/`).toString();
}

/** The token of a checkpoint link's fragment ("#t=…"), or null. */
export function tokenOfFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, "")).get("t");
  return token ? token : null;
}
