import { today } from "@/lib/clock";
import { z } from "zod";
import "@/lib/validations/zod-locale";
import { CIRCULAR_SIGNED_ON } from "@/lib/vocabulary";

// The one parser of dates and instants for every boundary (query strings, bodies, forms,
// CSV rows). A well-formed but absurd value — year 0000, 0001, 9999 — is refused here,
// where it can be named, instead of failing later in Date or in PostgreSQL. Each check
// aborts the rest, so a value gets one message, not three.

const EARLIEST_YEAR = 2000;
const LATEST_YEAR = 2099;

const yearInRange = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
};

/** "2022-02-10T09:15:00+07:00": an ISO 8601 instant with a zone, in 2000–2099. */
export function isoInstant(message = "Waktu tidak valid: ISO 8601 dengan zona, mis. 2022-02-10T09:15:00+07:00") {
  return z.iso
    .datetime({ offset: true, message, abort: true })
    .refine((value) => yearInRange(value) && Number.isFinite(Date.parse(value)), {
      message: `${message} (tahun ${EARLIEST_YEAR}–${LATEST_YEAR})`,
      abort: true,
    });
}

/** "2022-02-10": a calendar day that exists, in 2000–2099. */
export function isoDay(message = "Tanggal tidak valid (YYYY-MM-DD)") {
  return z.iso
    .date({ message, abort: true })
    .refine(yearInRange, { message: `${message} (tahun ${EARLIEST_YEAR}–${LATEST_YEAR})`, abort: true });
}

/** A day SIGAP can hold numbers for: from the circular's signing to today (WIB). */
export const pastDay = (label: string) =>
  isoDay(`${label} tidak valid (YYYY-MM-DD)`)
    .refine((day) => day >= CIRCULAR_SIGNED_ON, `${label} sebelum SE 440/1395 (${CIRCULAR_SIGNED_ON})`)
    .refine((day) => day <= today(), `${label} di masa depan`);
