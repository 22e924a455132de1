import { z } from "zod";
import "@/lib/validations/zod-locale";
import { RATE_SORTS, type RateSort } from "@/lib/compliance/reporting";
import { listParamsSchema } from "./list-params";
import type { PeriodPreset } from "./period";

export const OVERDUE_SORTABLE = ["office", "agency", "kecamatan", "stage", "deadline", "daysOverdue"] as const;
export const overdueParamsSchema = listParamsSchema({
  sortable: OVERDUE_SORTABLE,
  defaultSort: { id: "daysOverdue", desc: true },
}).extend({
  /** "all": every office with its stage; default: only the overdue ones. */
  show: z.enum(["all"]).optional().catch(undefined),
});
export type OverdueParams = z.infer<typeof overdueParamsSchema>;

export const SCORE_SORTABLE = ["office", "agency", "score", "onTime", "flags"] as const;
export const scoreParamsSchema = listParamsSchema({
  sortable: SCORE_SORTABLE,
  defaultSort: { id: "score", desc: false },
}).extend({
  flagged: z.enum(["1"]).optional().catch(undefined),
});
export type ScoreParams = z.infer<typeof scoreParamsSchema>;

/** `?rates=onTime.asc`: the order of both reporting-rate tables (worst on-time rate first, say); by name otherwise. */
export const ratesSortSchema = z
  .enum(RATE_SORTS.flatMap((id) => [`${id}.asc`, `${id}.desc`]) as [string, ...string[]])
  .catch("name.asc")
  .transform((value): RateSort => {
    const [id, direction] = value.split(".");
    return { id: id as RateSort["id"], desc: direction === "desc" };
  });

/** The compliance page's default period: the last complete month of data. */
export const COMPLIANCE_DEFAULT: PeriodPreset = "lastMonth";
