import { z } from "zod";
import "@/lib/validations/zod-locale";

/** The code typed to confirm, use or turn off a second factor: six digits, or a recovery code. */
export const secondFactorCodeSchema = z.object({
  code: z
    .string({ message: "Masukkan kode verifikasi" })
    .trim()
    .min(1, "Masukkan kode verifikasi")
    .max(40, "Kode verifikasi terlalu panjang"),
});

/** Enrolment's first code, with the secret the page was given (a base32 key of 160 bits). */
export const secondFactorEnrolmentSchema = secondFactorCodeSchema.extend({
  secret: z
    .string({ message: "Kunci tidak valid" })
    .regex(/^[A-Z2-7]{32}$/, "Kunci tidak valid: tampilkan kode QR baru"),
});
