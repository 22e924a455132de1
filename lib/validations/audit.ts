import { z } from "zod";
import "@/lib/validations/zod-locale";
import { AUDIT_ACTIONS } from "@/lib/audit-sentences";
import { isoDay } from "@/lib/validations/dates";
import { listParamsSchema } from "@/lib/validations/list-params";
import { plainText } from "@/lib/validations/text";

/** The audit log's URL: search, who, which action, which kind of object, which days (WIB); bad values fall back to none. */
export const auditParamsSchema = listParamsSchema({
  sortable: ["at", "action"] as const,
  defaultSort: { id: "at", desc: true },
}).extend({
  actor: plainText("Pelaku", { max: 120 }).optional().catch(undefined),
  action: z
    .string()
    .refine((a) => AUDIT_ACTIONS.includes(a))
    .optional()
    .catch(undefined),
  entity: z
    .string()
    .regex(/^[A-Za-z]{1,40}$/)
    .optional()
    .catch(undefined),
  from: isoDay().optional().catch(undefined),
  to: isoDay().optional().catch(undefined),
});
export type AuditParams = z.infer<typeof auditParamsSchema>;
