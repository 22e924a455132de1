import { z } from "zod";
import "@/lib/validations/zod-locale";
import { ruleCaseInputSchema, ruleDefinitionSchema } from "@/lib/rules/definition";
import { isoInstant as instant } from "@/lib/validations/dates";
import { freeText, plainText } from "@/lib/validations/text";
import { OUTCOMES } from "@/lib/vocabulary";

const isoInstant = instant("Waktu tidak valid");

export const saveRuleVersionSchema = z
  .object({
    validFrom: isoInstant,
    validTo: isoInstant.optional(),
    clauseId: plainText("Pasal", { max: 40 }).refine((id) => id.length > 0, "Pilih pasal yang ditegakkan aturan ini"),
    strength: z.enum(["WAJIB", "IMBAUAN"]),
    descriptionId: plainText("Deskripsi (Indonesia)", { min: 5, max: 1000, multiline: true }),
    descriptionEn: plainText("Deskripsi (Inggris)", { min: 5, max: 1000, multiline: true }),
    changeNote: freeText("Catatan perubahan", { max: 1000, multiline: true }).optional(),
    definition: ruleDefinitionSchema,
  })
  .refine((v) => !v.validTo || Date.parse(v.validTo) > Date.parse(v.validFrom), {
    path: ["validTo"],
    message: "Berlaku sampai harus setelah berlaku mulai",
  });
export type RuleVersionInput = z.infer<typeof saveRuleVersionSchema>;

export const saveTestCaseSchema = z.object({
  name: freeText("Nama kasus", { min: 3, max: 200 }),
  expectedOutcome: z.enum(OUTCOMES, { message: "Pilih hasil yang diharapkan" }),
  input: ruleCaseInputSchema,
});
export type TestCaseInput = z.infer<typeof saveTestCaseSchema>;
