import { z } from "zod";
import "@/lib/validations/zod-locale";
import { plainText } from "@/lib/validations/text";
import { SERVICE_CODES } from "@/lib/vocabulary";

import { GRANULARITIES } from "./constants";
import type { Day } from "@/lib/day";
import type { PeriodPreset } from "./period";

export { GRANULARITIES };

/** The traffic dashboard's filters besides its period (lib/validations/period.ts); a bad value falls back to no filter. */
export const trafficFiltersSchema = z.object({
  every: z.enum(GRANULARITIES).catch("week"),
  kecamatan: z
    .string()
    .regex(/^32\.75\.\d{2}$/)
    .optional()
    .catch(undefined),
  agency: plainText("Instansi", { max: 40 }).optional().catch(undefined),
  service: z.enum(SERVICE_CODES).optional().catch(undefined),
});
export type TrafficFilters = z.infer<typeof trafficFiltersSchema> & { from: Day; to: Day };

/** The traffic pages' default period: the last three complete months of data. */
export const TRAFFIC_DEFAULT: PeriodPreset = "last90";
