import { z } from "zod";
import "@/lib/validations/zod-locale";
import { ruleCaseInputSchema, ruleDefinitionSchema } from "@/lib/rules/definition";
import { OUTCOMES } from "@/lib/vocabulary";

const isoInstant = z.iso.datetime({ offset: true, message: "Waktu tidak valid" });

export const createCircularSchema = z.object({
  number: z.string().trim().min(3, "Nomor surat edaran wajib diisi").max(80),
  issuedOn: z.iso.date({ message: "Tanggal terbit tidak valid" }),
  issuer: z.string().trim().min(3, "Penerbit wajib diisi").max(200),
  title: z.string().trim().min(5, "Judul minimal 5 karakter").max(300),
  body: z.string().trim().min(10, "Isi minimal 10 karakter").max(20_000),
  effectiveFrom: isoInstant,
  /** One clause a line: "1. Setiap warga …". */
  clauses: z
    .array(z.object({ number: z.string().trim().min(1).max(10), text: z.string().trim().min(3).max(2000) }))
    .min(1, 'Tulis minimal satu pasal, satu per baris: "1. isi pasal"')
    .refine((list) => new Set(list.map((c) => c.number)).size === list.length, "Nomor pasal tidak boleh ganda"),
});
export type CreateCircularInput = z.infer<typeof createCircularSchema>;

export const createRuleSchema = z.object({
  circularId: z.string().min(1),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{2,40}$/, "Kode: 3–41 huruf besar, angka atau tanda -"),
  title: z.string().trim().min(5, "Judul minimal 5 karakter").max(200),
});
export type CreateRuleInput = z.infer<typeof createRuleSchema>;

export const ruleVersionSchema = z
  .object({
    validFrom: isoInstant,
    validTo: isoInstant.optional(),
    clauseId: z.string().min(1, "Pilih pasal yang ditegakkan aturan ini"),
    strength: z.enum(["WAJIB", "IMBAUAN"]),
    descriptionId: z.string().trim().min(5, "Deskripsi (Indonesia) minimal 5 karakter").max(1000),
    descriptionEn: z.string().trim().min(5, "Deskripsi (Inggris) minimal 5 karakter").max(1000),
    changeNote: z.string().trim().max(1000).optional(),
    definition: ruleDefinitionSchema,
  })
  .refine((v) => !v.validTo || Date.parse(v.validTo) > Date.parse(v.validFrom), { path: ["validTo"], message: "Berlaku sampai harus setelah berlaku mulai" });
export type RuleVersionInput = z.infer<typeof ruleVersionSchema>;

export const testCaseSchema = z.object({
  name: z.string().trim().min(3, "Nama kasus minimal 3 karakter").max(200),
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
      .array(z.strictObject({ class: ruleCaseInputSchema.shape.visitor.shape.exemptions.element.shape.class, since: isoInstant.optional() }))
      .max(3)
      .default([]),
  }),
});
export type DecisionRequest = z.infer<typeof decisionRequestSchema>;
