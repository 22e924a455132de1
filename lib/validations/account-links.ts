import { z } from "zod";
import "@/lib/validations/zod-locale";

const email = z.string().trim().toLowerCase().email("Alamat email tidak valid").max(254, "Alamat email tidak valid");

/** "Lupa kata sandi?": the address to send a reset link to. */
export const passwordResetRequestSchema = z.object({ email });
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

/** A one-time link's token: 32 random bytes, base64url (43 characters). */
export const accountLinkTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, "Tautan tidak dikenal: salin seluruh tautan dari pesan.");

/** The page a one-time link opens: the token, then the new password twice. */
export const setPasswordSchema = z
  .object({
    token: accountLinkTokenSchema,
    password: z.string().max(200, "Kata sandi paling panjang 200 karakter"),
    confirm: z.string().max(200),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "Kedua kata sandi tidak sama" });
export type SetPasswordInput = z.infer<typeof setPasswordSchema>;

/** The language and the optional messages an official chooses on /account. */
export const mailPreferencesSchema = z.object({
  locale: z.enum(["id", "en"], { message: "Bahasa harus id atau en" }),
  reminders: z.boolean(),
  digest: z.boolean(),
});
export type MailPreferencesInput = z.infer<typeof mailPreferencesSchema>;
