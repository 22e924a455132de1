import { z } from "zod";
import "@/lib/validations/zod-locale";
import { isoDay } from "@/lib/validations/dates";
import { listParamsSchema } from "./list-params";

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
  const defaultFrom = new Date(Date.parse(`${latest}T00:00:00Z`) - 27 * 86_400_000).toISOString().slice(0, 10);
  return z
    .object({ from: day.catch(defaultFrom), to: day.catch(latest) })
    .transform((p) => (p.from > p.to ? { from: defaultFrom, to: latest } : p))
    .transform((p) =>
      Date.parse(p.to) - Date.parse(p.from) > 366 * 86_400_000
        ? { from: new Date(Date.parse(`${p.to}T00:00:00Z`) - 365 * 86_400_000).toISOString().slice(0, 10), to: p.to }
        : p,
    );
}
