import { z } from "zod";
import { isoInstant } from "@/lib/validations/dates";
import "@/lib/validations/zod-locale";
import { plainText } from "@/lib/validations/text";

/** The new-rule form: its code and title (the circular is the form's page). */
export const ruleFormSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{2,40}$/, "Kode: 3–41 huruf besar, angka atau tanda -"),
  title: plainText("Judul", { min: 5, max: 200 }),
});
export const createRuleSchema = ruleFormSchema.extend({ circularId: plainText("Surat edaran", { min: 1, max: 40 }) });
export type CreateRuleInput = z.infer<typeof createRuleSchema>;

/** GET /api/v1/rules: the rules in force now, or at `at`. */
export const rulesQuerySchema = z.strictObject({
  at: isoInstant("at: waktu ISO 8601 dengan zona, mis. 2021-10-01T09:00:00+07:00").optional(),
});
