// PostgreSQL's WAL positions (pg_lsn, "16/B374D848": two 32-bit halves in hex) as numbers
// that compare: how far a replica has replayed against where the primary was after a write.

/** A WAL position as PostgreSQL prints it. */
export const WAL_POSITION = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i;

/** `position` as one 64-bit number; throws on anything that is not a WAL position. */
export function walNumber(position: string): bigint {
  if (!WAL_POSITION.test(position)) throw new Error(`not a WAL position: ${position}`);
  const [high, low] = position.split("/") as [string, string];
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}
