import { withRoute } from "@/lib/api/with-route";
import { csvDownload } from "@/lib/csv-download";
import { findAuditLogForExport } from "@/lib/data/audit-log";
import { auditParamsSchema } from "@/lib/validations/audit";
import { toWibIso } from "@/lib/wib";

/** The audit log under the page's filters as CSV: the sentence, the codes, and before/after as JSON. */
export const GET = withRoute(
  { permission: "audit.read", query: auditParamsSchema },
  async ({ actor, query, request }) => {
    const rows = await findAuditLogForExport(actor, query);
    return csvDownload(
      request,
      "log-audit.csv",
      ["at", "actor", "action", "sentence", "entity", "entity_id", "object", "changes"],
      rows.map((r) => [
        toWibIso(r.at),
        r.actor,
        r.action,
        r.sentence,
        r.entity,
        r.entityId,
        r.object,
        r.changes
          .filter((c) => c.changed)
          .map((c) => `${c.field}: ${c.before} → ${c.after}`)
          .join("; "),
      ]),
    );
  },
);
