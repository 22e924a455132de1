import { z } from "zod";
import "@/lib/validations/zod-locale";
import { passwordWeakness } from "@/lib/auth/password-policy";
import { freeText, plainText } from "@/lib/validations/text";
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
    if (value.role === "AGENCY_ADMIN" && !value.agencyCode) {
      ctx.addIssue({
        code: "custom",
        path: ["agencyCode"],
        message: "Admin instansi harus terikat pada satu instansi (--agency KODE)",
      });
    }
    if (value.role !== "AGENCY_ADMIN" && value.agencyCode) {
      ctx.addIssue({
        code: "custom",
        path: ["agencyCode"],
        message: "Hanya peran AGENCY_ADMIN yang terikat pada instansi",
      });
    }
  });

export type CreateUserInput = z.infer<typeof createUserSchema>;

export const createApiKeySchema = z.object({
  officeCode: plainText("Kode kantor", { min: 1, max: 40 }),
  label: freeText("Label", { min: 1, max: 80 }).default("Pemindai"),
  /** SCANNER: a scanner's API key; CHECKPOINT: the token of a desk tablet's checkpoint link. */
  kind: z.enum(["SCANNER", "CHECKPOINT"]).default("SCANNER"),
});

export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;
