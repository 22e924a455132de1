import { z } from "zod";
import "@/lib/validations/zod-locale";
import { isoDay } from "@/lib/validations/dates";
import { listParamsSchema } from "./list-params";
import { addDays, daysBetween } from "@/lib/day";

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

const day = isoDay();
/** A reporting-rate period; a bad or reversed range falls back to the 28 days up to `latest`. */
export function periodSchema(latest: string) {
  const defaultFrom = addDays(latest, -27);
  return z
    .object({ from: day.catch(defaultFrom), to: day.catch(latest) })
    .transform((p) => (p.from > p.to ? { from: defaultFrom, to: latest } : p))
    .transform((p) => (daysBetween(p.from, p.to) > 366 ? { from: addDays(p.to, -365), to: p.to } : p));
}
