import { z } from "zod";
import "@/lib/validations/zod-locale";
import { isoDay, isoInstant as instant } from "@/lib/validations/dates";
import { plainText } from "@/lib/validations/text";
import { circularSlug } from "@/lib/rules/circular-slug";

const isoInstant = instant("Waktu tidak valid");

export const createCircularSchema = z.object({
  number: plainText("Nomor surat edaran", { min: 3, max: 80 }).refine(
    (number) => circularSlug(number) !== "",
    "Nomor surat edaran harus memuat huruf atau angka",
  ),
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
