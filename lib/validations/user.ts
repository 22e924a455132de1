import { z } from "zod";
import "@/lib/validations/zod-locale";
import { passwordWeakness } from "@/lib/auth/password-policy";
import { bindsToAgency } from "@/lib/auth/permissions";
import { listParamsSchema } from "@/lib/validations/list-params";
import { plainText } from "@/lib/validations/text";
import { ROLES, type RoleCode } from "@/lib/vocabulary";

const email = z.string().trim().toLowerCase().email("Alamat email tidak valid").max(254, "Alamat email tidak valid");
const name = plainText("Nama", { min: 2, max: 120 });
const role = z.enum(ROLES, { message: `Peran harus salah satu dari ${ROLES.join(", ")}` });
/** An empty agency select is "no agency". */
const agencyCode = plainText("Kode instansi", { min: 1, max: 40 }).optional();

/** An agency admin is bound to exactly one agency; every other role to none. */
function agencyFitsRole(value: { role: RoleCode; agencyCode?: string }, ctx: z.RefinementCtx) {
  if (bindsToAgency(value.role) && !value.agencyCode)
    ctx.addIssue({ code: "custom", path: ["agencyCode"], message: "Admin instansi harus terikat pada satu instansi" });
  if (!bindsToAgency(value.role) && value.agencyCode)
    ctx.addIssue({
      code: "custom",
      path: ["agencyCode"],
      message: "Hanya peran Admin instansi yang terikat pada instansi",
    });
}

/** The account form (create and edit): who, which role, which agency. */
export const userFormSchema = z.object({ email, name, role, agencyCode }).superRefine(agencyFitsRole);
export type UserFormInput = z.infer<typeof userFormSchema>;

/** An edit changes the name, role and agency; the email is the account's identity. */
export const updateUserSchema = z.object({ name, role, agencyCode }).superRefine(agencyFitsRole);
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

/** A new account with its password (the CLI asks for one; the admin page generates one). */
export const createUserSchema = z
  .object({ email, name, role, agencyCode, password: z.string() })
  .superRefine((value, ctx) => {
    const weakness = passwordWeakness(value.password, [value.email, value.name]);
    if (weakness) ctx.addIssue({ code: "custom", path: ["password"], message: weakness });
    agencyFitsRole(value, ctx);
  });
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** An official's own password change: the current one, then the new one twice. */
export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "Kata sandi sekarang wajib diisi").max(200),
    next: z.string().max(200, "Kata sandi paling panjang 200 karakter"),
    confirm: z.string().max(200),
  })
  .refine((v) => v.next === v.confirm, { path: ["confirm"], message: "Kedua kata sandi baru tidak sama" })
  .refine((v) => v.next !== v.current, { path: ["next"], message: "Kata sandi baru sama dengan yang sekarang" });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const USER_SORTABLE = ["name", "email", "role", "agency", "lastLoginAt"] as const;
export const USER_STATUSES = ["active", "inactive"] as const;
/** The user list's URL: search, role and status filters, sort and page. */
export const userListParamsSchema = listParamsSchema({
  sortable: USER_SORTABLE,
  defaultSort: { id: "name", desc: false },
}).extend({
  role: role.optional().catch(undefined),
  status: z.enum(USER_STATUSES).optional().catch(undefined),
});
export type UserListParams = z.infer<typeof userListParamsSchema>;
