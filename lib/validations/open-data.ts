import { thisMonth } from "@/lib/clock";
import { z } from "zod";
import "@/lib/validations/zod-locale";
import { PERIOD_GROUPINGS } from "@/lib/stats/period-tables";
import { lastDayOf } from "@/lib/day";
import { CIRCULAR_SIGNED_ON } from "@/lib/vocabulary";
import { wholeNumber } from "@/lib/validations/text";

export const OPEN_DATA_GROUPINGS = PERIOD_GROUPINGS;
export const MAX_MONTHS = 12;
/** Gated visits began with SE 440/1395 of 9 September 2021: there are no public numbers before. */
export const FIRST_PUBLIC_MONTH = CIRCULAR_SIGNED_ON.slice(0, 7);

// Refinements run even when the date format check failed: each guards against a non-date first.
const isDay = (day: string) => /^\d{4}-(0[1-9]|1[0-2])-\d{2}$/.test(day);
const isLastDayOfMonth = (day: string) => isDay(day) && lastDayOf(day.slice(0, 7)) === day;
const notBeforeCircular = (day: string) => day.slice(0, 7) >= FIRST_PUBLIC_MONTH;
const BEFORE = `data publik dimulai ${FIRST_PUBLIC_MONTH}-01 (SE 440/1395/SET.COVID-19)`;
const isPastMonth = (day: string) => day.slice(0, 7) < thisMonth();
const NOT_OVER = "bulan ini belum selesai; data publik hanya untuk bulan yang sudah lewat";
const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));

/**
 * ?from&to&by&version of the open-data endpoints (version: an earlier version of one month); unknown parameters are refused. Public periods are
 * whole calendar months that are over (see lib/stats/period-tables.ts for why).
 */
export const openDataQuerySchema = z
  .strictObject({
    from: z.iso
      .date({ message: "from: tanggal YYYY-MM-DD" })
      .refine((d) => d.endsWith("-01"), "from: awal bulan (YYYY-MM-01); data publik hanya per bulan penuh")
      .refine(notBeforeCircular, `from: ${BEFORE}`)
      .refine(isPastMonth, `from: ${NOT_OVER}`)
      .optional(),
    to: z.iso
      .date({ message: "to: tanggal YYYY-MM-DD" })
      .refine(isLastDayOfMonth, "to: akhir bulan (mis. 2022-02-28); data publik hanya per bulan penuh")
      .refine(notBeforeCircular, `to: ${BEFORE}`)
      .refine(isPastMonth, `to: ${NOT_OVER}`)
      .optional(),
    by: z.enum(OPEN_DATA_GROUPINGS).default("day"),
    version: wholeNumber("version", { min: 1, max: 999 }).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ["from"],
    message: "from harus sebelum atau sama dengan to",
  })
  .refine((q) => !q.from || !q.to || monthIndex(q.to) - monthIndex(q.from) < MAX_MONTHS, {
    path: ["to"],
    message: `Rentang paling panjang ${MAX_MONTHS} bulan`,
  })
  // An earlier version is one month's: the months of a period may each have other versions.
  .refine((q) => q.version === undefined || (q.from && q.to && q.from.slice(0, 7) === q.to.slice(0, 7)), {
    path: ["version"],
    message: "version hanya untuk satu bulan: from = awal bulan itu, to = akhir bulan itu",
  });
export type OpenDataQuery = z.infer<typeof openDataQuerySchema>;
