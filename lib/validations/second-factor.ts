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

export type SecondFactorCodeInput = z.infer<typeof secondFactorCodeSchema>;
