import { z } from "zod";
import "@/lib/validations/zod-locale";
import { isoDay } from "@/lib/validations/dates";
import { plainText } from "@/lib/validations/text";
import { SERVICE_CODES } from "@/lib/vocabulary";

import { GRANULARITIES } from "./constants";
import { addDays } from "@/lib/day";

export { GRANULARITIES };

/** The traffic dashboard's filters (in the URL); a bad value falls back to no filter. */
export function trafficFiltersSchema(latest: string) {
  const defaultFrom = addDays(latest, -89);
  return z
    .object({
      from: isoDay().catch(defaultFrom),
      to: isoDay().catch(latest),
      every: z.enum(GRANULARITIES).catch("week"),
      kecamatan: z
        .string()
        .regex(/^32\.75\.\d{2}$/)
        .optional()
        .catch(undefined),
      agency: plainText("Instansi", { max: 40 }).optional().catch(undefined),
      service: z.enum(SERVICE_CODES).optional().catch(undefined),
    })
    .transform((f) => (f.from > f.to ? { ...f, from: defaultFrom, to: latest } : f));
}
export type TrafficFilters = z.infer<ReturnType<typeof trafficFiltersSchema>>;
