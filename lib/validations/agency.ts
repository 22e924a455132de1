import { z } from "zod";
import "@/lib/validations/zod-locale";
import { listParamsSchema } from "./list-params";

export const AGENCY_SORTABLE = ["name", "code", "kind", "offices", "progress", "deadline"] as const;

export const agencyListParamsSchema = listParamsSchema({
  sortable: AGENCY_SORTABLE,
  defaultSort: { id: "name", desc: false },
}).extend({
  kind: z.enum(["GOVERNMENT", "PRIVATE"]).optional().catch(undefined),
});

export type AgencyListParams = z.infer<typeof agencyListParamsSchema>;
