// WIB (Asia/Jakarta, UTC+7, no daylight saving) times of day in forms; calendar days are lib/day.ts.
const WIB_OFFSET_MS = 7 * 3_600_000;

/** A `<input type="datetime-local">` value read as WIB ("2021-10-04T09:00") → ISO string with +07:00. */
export function wibInputToIso(value: string): string {
  const withSeconds = /T\d{2}:\d{2}$/.test(value) ? `${value}:00` : value;
  return `${withSeconds}+07:00`;
}

/**
 * An instant → ISO 8601 with WIB's offset, "2026-12-06T05:59:00+07:00": what a CSV carries, so
 * a person opening it reads the WIB time and a program still reads the exact instant.
 */
export function toWibIso(at: Date | string): string {
  return `${new Date(new Date(at).getTime() + WIB_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** An instant → the `<input type="datetime-local">` value showing it in WIB. */
export function toWibInput(at: Date | string): string {
  return new Date(new Date(at).getTime() + WIB_OFFSET_MS).toISOString().slice(0, 16);
}
