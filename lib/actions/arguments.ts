import { z } from "zod";
import "@/lib/validations/zod-locale";
import { AppError, fieldErrorsOf } from "@/lib/errors";
import { MAX_CSV_BYTES } from "@/lib/validations/constants";
import { freeText, plainText } from "@/lib/validations/text";

// A server action is an HTTP endpoint: whoever posts to it chooses its arguments, whatever
// the TypeScript signature says. Every action checks its arguments here first (inside
// runAction, so a bad one is an answer naming it, never a crash deep in a service).

const id = z.string({ message: "harus berupa id" }).regex(/^[a-z0-9]{1,40}$/, "id tidak valid");

export const ARG = {
  code: plainText("Kode", { min: 1, max: 80 }),
  id,
  optionalId: id.nullable(),
  csv: z.string({ message: "Berkas CSV harus berupa teks" }),
  flag: z.boolean({ message: "harus true atau false" }),
  optionalNote: freeText("Alasan", { max: 500, multiline: true }).optional(),
  /** Why visits from before an office joined SIGAP are imported (absent: they are refused). */
  backfillReason: freeText("Alasan impor susulan", { min: 10, max: 500, multiline: true }).optional(),
  firstRow: z.number({ message: "harus angka" }).int().min(2).max(100_000_000),
  days: z
    .number({ message: "harus angka" })
    .int("harus bilangan bulat")
    .min(1, "minimal 1 hari")
    .max(90, "paling banyak 90 hari"),
  month: z.string({ message: "Bulan harus YYYY-MM" }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Bulan harus YYYY-MM"),
  form: z.instanceof(FormData, { message: "Kirim formulir" }),
  keyKind: z.enum(["SCANNER", "CHECKPOINT"]),
  circularStatus: z.enum(["ACTIVE", "REVOKED"]),
  versionTarget: z.strictObject({ ruleCode: plainText("Kode aturan", { min: 1, max: 80 }), versionId: id.optional() }),
  caseTarget: z.strictObject({
    ruleCode: plainText("Kode aturan", { min: 1, max: 80 }),
    versionId: id,
    caseId: id.optional(),
  }),
} as const;

/**
 * An uploaded CSV file, at most MAX_CSV_BYTES (the page says so before sending), sent as a
 * `File` part: React's decoder refuses a string over 1 000 000 characters in a call with
 * more than one argument, so a 1.2 MB report file sent as text was a 500. Read it with csvText.
 */
export const boundedCsv = z
  .instanceof(File, { message: "Kirim berkas CSV sebagai berkas" })
  .refine(
    (file) => file.size <= MAX_CSV_BYTES,
    `Berkas lebih dari ${MAX_CSV_BYTES / 1024 / 1024} MB: bagi menjadi beberapa berkas.`,
  );

/** The text of an uploaded CSV file (UTF-8). */
export const csvText = (file: File): Promise<string> => file.text();

type Parsed<T extends readonly z.ZodType[]> = { [K in keyof T]: z.output<T[K]> };

/** The action's arguments checked against `schemas`, in order; an AppError naming the first bad one and its first problem otherwise. */
export function checkedArguments<const T extends readonly z.ZodType[]>(
  schemas: T,
  values: readonly unknown[],
): Parsed<T> {
  return schemas.map((schema, index) => {
    const parsed = schema.safeParse(values[index]);
    if (!parsed.success) {
      const errors = fieldErrorsOf(
        parsed.error.issues.map((issue) => ({ ...issue, path: [`argumen ${index + 1}`, ...issue.path] })),
      );
      // The first problem in the message itself: the page shows the message, and for a file
      // that is too large or a reason that is too long it is the whole answer.
      throw new AppError(
        "INVALID",
        `Permintaan tidak valid (argumen ${index + 1}): ${parsed.error.issues[0].message}`,
        errors,
      );
    }
    return parsed.data;
  }) as Parsed<T>;
}
