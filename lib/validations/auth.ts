import { z } from "zod/mini";
import { CODE_MAX_LENGTH, EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from "./sign-in-limits";

// zod/mini (the tree-shakable build), with messages of its own so it needs no locale: the
// server applies it to every sign-in. The form checks the same limits without it.
export const signInSchema = z.object({
  email: z.pipe(
    z.string().check(z.trim(), z.toLowerCase(), z.maxLength(EMAIL_MAX_LENGTH, { error: "Alamat email tidak valid" })),
    z.email({ error: "Alamat email tidak valid" }),
  ),
  password: z
    .string()
    .check(
      z.minLength(1, { error: "Kata sandi wajib diisi" }),
      z.maxLength(PASSWORD_MAX_LENGTH, { error: "Kata sandi paling panjang 200 karakter" }),
    ),
  /** The second factor: a 6-digit code from the authenticator app, or a recovery code. */
  code: z.optional(z.string().check(z.maxLength(CODE_MAX_LENGTH, { error: "Kode verifikasi tidak valid" }))),
});
