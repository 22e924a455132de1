import { z } from "zod";
import "@/lib/validations/zod-locale";
import { ruleCaseInputSchema, ruleDefinitionSchema } from "@/lib/rules/definition";
import { isoDay, isoInstant as instant } from "@/lib/validations/dates";
import { freeText, plainText } from "@/lib/validations/text";
import { OUTCOMES } from "@/lib/vocabulary";

const isoInstant = instant("Waktu tidak valid");

export const createCircularSchema = z.object({
  number: plainText("Nomor surat edaran", { min: 3, max: 80 }),
  issuedOn: isoDay("Tanggal terbit tidak valid"),
  issuer: plainText("Penerbit", { min: 3, max: 200 }),
  title: plainText("Judul", { min: 5, max: 300 }),
  body: plainText("Isi", { min: 10, max: 20_000, multiline: true }),
  effectiveFrom: isoInstant,
  /** One clause a line: "1. Setiap warga …". */
  clauses: z
    .array(
      z.object({
        number: plainText("Nomor pasal", { min: 1, max: 10 }),
        text: plainText("Isi pasal", { min: 3, max: 2000, multiline: true }),
      }),
    )
    .min(1, 'Tulis minimal satu pasal, satu per baris: "1. isi pasal"')
    .refine((list) => new Set(list.map((c) => c.number)).size === list.length, "Nomor pasal tidak boleh ganda"),
});
export type CreateCircularInput = z.infer<typeof createCircularSchema>;

export const createRuleSchema = z.object({
  circularId: plainText("Surat edaran", { min: 1, max: 40 }),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{2,40}$/, "Kode: 3–41 huruf besar, angka atau tanda -"),
  title: plainText("Judul", { min: 5, max: 200 }),
});
export type CreateRuleInput = z.infer<typeof createRuleSchema>;

export const ruleVersionSchema = z
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
export type RuleVersionInput = z.infer<typeof ruleVersionSchema>;

export const testCaseSchema = z.object({
  name: freeText("Nama kasus", { min: 3, max: 200 }),
  expectedOutcome: z.enum(OUTCOMES, { message: "Pilih hasil yang diharapkan" }),
  input: ruleCaseInputSchema,
});
export type TestCaseInput = z.infer<typeof testCaseSchema>;

/** POST /api/v1/decisions: unknown fields are refused, not ignored. */
export const decisionRequestSchema = z.strictObject({
  service: ruleCaseInputSchema.shape.service,
  agencyKind: ruleCaseInputSchema.shape.agencyKind.default("GOVERNMENT"),
  at: isoInstant.optional(),
  visitor: z.strictObject({
    ...ruleCaseInputSchema.shape.visitor.shape,
    exemptions: z
      .array(
        z.strictObject({
          class: ruleCaseInputSchema.shape.visitor.shape.exemptions.element.shape.class,
          since: isoInstant.optional(),
        }),
      )
      .max(3)
      .default([]),
  }),
});
export type DecisionRequest = z.infer<typeof decisionRequestSchema>;
