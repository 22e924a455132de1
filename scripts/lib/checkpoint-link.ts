/**
 * The whole address of a desk's checkpoint link on the SIGAP host at `base` (a base URL,
 * with or without a path): ready to open on the tablet or to turn into a QR code.
 */
export function checkpointLink(officeCode: string, token: string, base: string): string {
  const url = new URL(`pos/${encodeURIComponent(officeCode)}`, base.endsWith("/") ? base : `${base}/`);
  url.searchParams.set("t", token);
  return url.toString();
}
