import { z } from "zod/mini";

// zod/mini (the tree-shakable build): this schema also runs in the sign-in form, the first
// page a visitor loads, where the whole zod package would add ~60 KB gzipped. Its two
// messages are its own, so it needs no locale.
export const signInSchema = z.object({
  email: z.pipe(
    z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254, { error: "Alamat email tidak valid" })),
    z.email({ error: "Alamat email tidak valid" }),
  ),
  password: z
    .string()
    .check(
      z.minLength(1, { error: "Kata sandi wajib diisi" }),
      z.maxLength(200, { error: "Kata sandi paling panjang 200 karakter" }),
    ),
  /** The second factor: a 6-digit code from the authenticator app, or a recovery code. */
  code: z.optional(z.string().check(z.maxLength(40, { error: "Kode verifikasi tidak valid" }))),
});
