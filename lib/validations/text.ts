import { z } from "zod";
import "@/lib/validations/zod-locale";

// Every piece of text an official, a scanner or a CSV file sends passes through here.
// Two promises are kept in one place: no control character (a NUL byte is refused by
// PostgreSQL, and nothing good comes of the others) and, in text SIGAP keeps or publishes,
// no personal data — SIGAP stores anonymous counts only (PRODUCT.md).

/** Control characters other than tab and line breaks (those are allowed in notes). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Half of a UTF-16 pair on its own: not a character, and not storable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Numbers as people write them — digits with spaces, dots, dashes or brackets inside — that
 * stand on their own: a run glued to letters ("pos-3a8f1234567890") is part of a code.
 */
const NUMBER = /(?<![\w+])\+?\d[\d .\-()]*\d(?!\w)/g;

/** An Indonesian mobile number: 08…, 628… or +628…, 10–13 digits. */
const MOBILE = /^(?:08|628)\d{8,11}$/;

/** Province codes (Kemendagri), the first two digits of every NIK. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75,
  76, 81, 82, 91, 92, 93, 94, 95, 96, 97,
]);

/**
 * Whether 16 digits can be a NIK: province, regency/city and kecamatan codes, a birth date
 * (day + 40 for women) and a serial that is not 0000. An id made of a timestamp and a counter
 * ("1764974083123-100") has 16 digits but no birth date, and is not one.
 */
export function canBeNik(digits: string): boolean {
  if (!/^\d{16}$/.test(digits)) return false;
  const part = (from: number) => Number(digits.slice(from, from + 2));
  const day = part(6) > 40 ? part(6) - 40 : part(6);
  return (
    PROVINCES.has(part(0)) &&
    part(2) > 0 &&
    part(4) > 0 &&
    day >= 1 &&
    day <= 31 &&
    part(8) >= 1 &&
    part(8) <= 12 &&
    digits.slice(12) !== "0000"
  );
}

/**
 * The kind of personal number in `text`, or null. In free text (`strict`) a NIK is any 16-digit
 * number and a phone any number of 10 or more digits, or a mobile number: an honest note or
 * address has no reason to hold one. In identifiers (not strict) only what can be a NIK
 * (canBeNik) or a mobile number counts, so that random ids, timestamps with counters and UUIDs
 * with long digit groups stay valid.
 */
export function personalNumberIn(text: string, { strict = true }: { strict?: boolean } = {}): "NIK" | "PHONE" | null {
  for (const match of text.matchAll(NUMBER)) {
    const digits = match[0].replace(/\D/g, "");
    if (strict ? digits.length === 16 : canBeNik(digits)) return "NIK";
    if (MOBILE.test(digits) || (strict && digits.length >= 10)) return "PHONE";
  }
  return null;
}

const personalMessage = (label: string, found: "NIK" | "PHONE") =>
  found === "NIK"
    ? `${label} tidak boleh memuat NIK atau nomor 16 digit: SIGAP hanya menyimpan data anonim`
    : `${label} tidak boleh memuat nomor telepon pribadi: SIGAP hanya menyimpan data anonim`;

/** Text without control characters, trimmed, within `min`–`max` characters. */
export function plainText(
  label: string,
  { min = 0, max, multiline = false }: { min?: number; max: number; multiline?: boolean },
) {
  const base = z
    .string({ message: `${label} harus berupa teks` })
    .trim()
    .max(max, `${label} paling panjang ${max} karakter`);
  return (
    min > 0 ? base.min(min, min === 1 ? `${label} wajib diisi` : `${label} minimal ${min} karakter`) : base
  ).refine(
    (value) => !CONTROL.test(value) && !LONE_SURROGATE.test(value) && (multiline || !/[\r\n]/.test(value)),
    `${label} memuat karakter yang tidak diterima`,
  );
}

/** A refinement naming the personal number found in the text of `label`. */
function refusingPersonalNumbers(label: string, strict: boolean) {
  return (value: string, ctx: z.RefinementCtx) => {
    const found = personalNumberIn(value, { strict });
    if (found) ctx.addIssue({ code: "custom", message: personalMessage(label, found) });
  };
}

/** Text SIGAP keeps or shows: plainText that also refuses NIK-like and phone numbers. */
export function freeText(label: string, options: { min?: number; max: number; multiline?: boolean }) {
  return plainText(label, options).superRefine(refusingPersonalNumbers(label, true));
}

/** An identifier a device makes up (an event id): plainText that is not a NIK or a mobile number. */
export function identifier(label: string, { max }: { max: number }) {
  return plainText(label, { min: 1, max }).superRefine(refusingPersonalNumbers(label, false));
}

/**
 * A whole number written as digits only ("12"), or a number. Blank, "0x10", "1e3", "1.5"
 * and " 7 " with inner junk are refused instead of becoming 0, 16 or 1000.
 */
export function wholeNumber(label: string, { min = 0, max }: { min?: number; max: number }) {
  return z
    .union([z.number(), z.string().trim()], { message: `${label} harus angka` })
    .transform((value, ctx) => {
      if (typeof value === "string" && value === "") {
        ctx.addIssue({ code: "custom", message: `${label} wajib diisi` });
        return z.NEVER;
      }
      if (typeof value === "string" && !/^\d+$/.test(value)) {
        ctx.addIssue({ code: "custom", message: `${label} harus bilangan bulat (angka 0–9 saja)` });
        return z.NEVER;
      }
      return Number(value);
    })
    .pipe(
      z
        .number()
        .int(`${label} harus bilangan bulat`)
        .min(min, `${label} paling kecil ${min}`)
        .max(max, `${label} paling besar ${max}`),
    );
}

/** An existing office named by its code (in a form's hidden field, a CSV row or an API body). */
export const officeCodeRef = plainText("Kode kantor", { min: 1, max: 40 });
