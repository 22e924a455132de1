import { z } from "zod";
import "@/lib/validations/zod-locale";
import { freeText } from "@/lib/validations/text";

/** An announcement, in both languages: what the public reads on the home and transparency pages. */
export const announcementFormSchema = z.object({
  titleId: freeText("Judul (Indonesia)", { min: 3, max: 140 }),
  titleEn: freeText("Judul (Inggris)", { min: 3, max: 140 }),
  bodyId: freeText("Isi (Indonesia)", { min: 3, max: 4000, multiline: true }),
  bodyEn: freeText("Isi (Inggris)", { min: 3, max: 4000, multiline: true }),
});
export type AnnouncementInput = z.infer<typeof announcementFormSchema>;

/** An erratum: which published numbers were wrong, and what was corrected, in both languages. */
export const erratumFormSchema = z.object({
  affected: freeText("Angka yang terdampak", { min: 3, max: 200 }),
  descriptionId: freeText("Keterangan (Indonesia)", { min: 10, max: 2000, multiline: true }),
  descriptionEn: freeText("Keterangan (Inggris)", { min: 10, max: 2000, multiline: true }),
});
export type ErratumInput = z.infer<typeof erratumFormSchema>;
