import { z } from "zod";
import "@/lib/validations/zod-locale";
import { ROLES } from "@/lib/vocabulary";

export const PASSWORD_MIN_LENGTH = 10;

export const createUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().email("Alamat email tidak valid"),
    name: z.string().trim().min(2, "Nama minimal 2 karakter").max(120),
    role: z.enum(ROLES, { message: `Peran harus salah satu dari ${ROLES.join(", ")}` }),
    agencyCode: z.string().trim().min(1).optional(),
    password: z.string().min(PASSWORD_MIN_LENGTH, `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter`).max(200),
  })
  .superRefine((value, ctx) => {
    if (value.role === "AGENCY_ADMIN" && !value.agencyCode) {
      ctx.addIssue({ code: "custom", path: ["agencyCode"], message: "Admin instansi harus terikat pada satu instansi (--agency KODE)" });
    }
    if (value.role !== "AGENCY_ADMIN" && value.agencyCode) {
      ctx.addIssue({ code: "custom", path: ["agencyCode"], message: "Hanya peran AGENCY_ADMIN yang terikat pada instansi" });
    }
  });

export type CreateUserInput = z.infer<typeof createUserSchema>;

export const createApiKeySchema = z.object({
  officeCode: z.string().trim().min(1, "Kode kantor wajib diisi"),
  label: z.string().trim().min(1).max(80).default("Pemindai"),
  /** SCANNER: a scanner's API key; CHECKPOINT: the token of a desk tablet's checkpoint link. */
  kind: z.enum(["SCANNER", "CHECKPOINT"]).default("SCANNER"),
});

export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;
