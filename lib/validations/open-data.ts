import { z } from "zod";
import "@/lib/validations/zod-locale";
import { lastDayOf, PERIOD_GROUPINGS } from "@/lib/stats/period-tables";
import { wibDay } from "@/lib/wib";

export const OPEN_DATA_GROUPINGS = PERIOD_GROUPINGS;
export type OpenDataGrouping = (typeof OPEN_DATA_GROUPINGS)[number];
const MAX_MONTHS = 12;

const isLastDayOfMonth = (day: string) => lastDayOf(day.slice(0, 7)) === day;
const isPastMonth = (day: string) => day.slice(0, 7) < wibDay(new Date()).slice(0, 7);
const NOT_OVER = "bulan ini belum selesai; data publik hanya untuk bulan yang sudah lewat";
const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));

/**
 * ?from&to&by of the open-data endpoints; unknown parameters are refused. Public periods are
 * whole calendar months that are over (see lib/stats/period-tables.ts for why).
 */
export const openDataQuerySchema = z
  .strictObject({
    from: z.iso
      .date({ message: "from: tanggal YYYY-MM-DD" })
      .refine((d) => d.endsWith("-01"), "from: awal bulan (YYYY-MM-01); data publik hanya per bulan penuh")
      .refine(isPastMonth, `from: ${NOT_OVER}`)
      .optional(),
    to: z.iso
      .date({ message: "to: tanggal YYYY-MM-DD" })
      .refine(isLastDayOfMonth, "to: akhir bulan (mis. 2022-02-28); data publik hanya per bulan penuh")
      .refine(isPastMonth, `to: ${NOT_OVER}`)
      .optional(),
    by: z.enum(OPEN_DATA_GROUPINGS).default("day"),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["from"], message: "from harus sebelum atau sama dengan to" })
  .refine((q) => !q.from || !q.to || monthIndex(q.to) - monthIndex(q.from) < MAX_MONTHS, {
    path: ["to"],
    message: `Rentang paling panjang ${MAX_MONTHS} bulan`,
  });
export type OpenDataQuery = z.infer<typeof openDataQuerySchema>;
