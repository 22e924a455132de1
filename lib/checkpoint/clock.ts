// The desk's clock, corrected by the server's. A tablet whose clock runs 10 minutes fast
// would stamp every check "in the future" and the server would refuse them all; the Date
// header of every answer from SIGAP says how far off the device is.

/** Server time minus device time (ms) from one answer, or null when it has no usable Date header. */
export function clockOffset(dateHeader: string | null, sentAt: number, receivedAt: number): number | null {
  const server = dateHeader ? Date.parse(dateHeader) : Number.NaN;
  if (!Number.isFinite(server)) return null;
  // Date has whole seconds: the server's time was in [server, server + 1 s) at some moment of
  // the round trip; take the middle of both.
  return Math.round(server + 500 - (sentAt + receivedAt) / 2);
}

const KEY = "sigap-pos-clock-offset";

/** The device's own clock (ms): what the offset corrects. The one place the desk reads it. */
export function deviceNow(): number {
  return Date.now();
}

/** The last known offset, kept on the device so an offline reload still corrects its clock. */
export function loadClockOffset(
  storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage,
): number | null {
  const saved = Number(storage?.getItem(KEY) ?? Number.NaN);
  return Number.isFinite(saved) ? saved : null;
}

/** The server's time as the device reckons it from the last known offset (its own clock when none is known). */
export function serverNow(): Date {
  return new Date(deviceNow() + (loadClockOffset() ?? 0));
}

export function saveClockOffset(
  offset: number,
  storage: Pick<Storage, "setItem"> | undefined = globalThis.localStorage,
): void {
  storage?.setItem(KEY, String(offset));
}

/** fetch, noting how far the device's clock is from the server's on every answer. */
export async function fetchNotingClock(
  input: string,
  init: RequestInit,
  onOffset: (offset: number) => void,
): Promise<Response> {
  const sentAt = deviceNow();
  const response = await fetch(input, init);
  const offset = clockOffset(response.headers.get("date"), sentAt, deviceNow());
  if (offset !== null) onOffset(offset);
  return response;
}
