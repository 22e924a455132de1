import { z } from "zod";
import "@/lib/validations/zod-locale";
import { passwordWeakness } from "@/lib/auth/password-policy";
import { bindsToAgency } from "@/lib/auth/permissions";
import { plainText } from "@/lib/validations/text";
import { ROLES } from "@/lib/vocabulary";

export const createUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().email("Alamat email tidak valid"),
    name: plainText("Nama", { min: 2, max: 120 }),
    role: z.enum(ROLES, { message: `Peran harus salah satu dari ${ROLES.join(", ")}` }),
    agencyCode: plainText("Kode instansi", { min: 1, max: 40 }).optional(),
    password: z.string(),
  })
  .superRefine((value, ctx) => {
    const weakness = passwordWeakness(value.password, [value.email, value.name]);
    if (weakness) ctx.addIssue({ code: "custom", path: ["password"], message: weakness });
    if (bindsToAgency(value.role) && !value.agencyCode) {
      ctx.addIssue({
        code: "custom",
        path: ["agencyCode"],
        message: "Admin instansi harus terikat pada satu instansi (--agency KODE)",
      });
    }
    if (!bindsToAgency(value.role) && value.agencyCode) {
      ctx.addIssue({
        code: "custom",
        path: ["agencyCode"],
        message: "Hanya peran AGENCY_ADMIN yang terikat pada instansi",
      });
    }
  });

export type CreateUserInput = z.infer<typeof createUserSchema>;
