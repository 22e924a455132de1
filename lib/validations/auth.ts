import { z } from "zod";
import "@/lib/validations/zod-locale";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Alamat email tidak valid"),
  password: z.string().min(1, "Kata sandi wajib diisi"),
});

export type SignInInput = z.infer<typeof signInSchema>;
