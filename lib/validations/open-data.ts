import { z } from "zod";
import "@/lib/validations/zod-locale";

export const OPEN_DATA_GROUPINGS = ["day", "week", "month", "kecamatan", "service", "outcome"] as const;
export type OpenDataGrouping = (typeof OPEN_DATA_GROUPINGS)[number];

/** ?from&to&by of the open-data endpoints; unknown parameters are refused. */
export const openDataQuerySchema = z
  .strictObject({
    from: z.iso.date({ message: "from: tanggal YYYY-MM-DD" }).optional(),
    to: z.iso.date({ message: "to: tanggal YYYY-MM-DD" }).optional(),
    by: z.enum(OPEN_DATA_GROUPINGS).default("day"),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["from"], message: "from harus sebelum atau sama dengan to" })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= 366 * 86_400_000, { path: ["to"], message: "Rentang paling panjang satu tahun" });
export type OpenDataQuery = z.infer<typeof openDataQuerySchema>;
