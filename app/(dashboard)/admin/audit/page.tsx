import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { findAuditLog } from "@/lib/data/audit-log";
import { getDictionary } from "@/lib/i18n/server";
import { firstValues, listParamsSchema } from "@/lib/validations/list-params";
import { AuditTable } from "./audit-table";

export const metadata: Metadata = { title: "Log audit" };

const auditParamsSchema = listParamsSchema({
  sortable: ["at", "action"] as const,
  defaultSort: { id: "at", desc: true },
});

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("audit.read");
  const { t, locale } = await getDictionary();
  const params = auditParamsSchema.parse(firstValues(await searchParams));
  const page = await findAuditLog(actor, params);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.audit.title}</h1>
      <AuditTable page={page} sort={params.sort} q={params.q} t={t} locale={locale} />
    </div>
  );
}
