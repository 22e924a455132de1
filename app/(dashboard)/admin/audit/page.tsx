import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { FilterSelect } from "@/components/forms/filter-select";
import { buttonClass } from "@/components/ui/button";
import { AUDIT_ACTIONS, auditActionName, auditEntityName } from "@/lib/audit-sentences";
import { requirePagePermission } from "@/lib/auth/guard";
import { findAuditEntities, findAuditLog } from "@/lib/data/audit-log";
import { getDictionary } from "@/lib/i18n/server";
import { auditParamsSchema } from "@/lib/validations/audit";
import { firstValues } from "@/lib/validations/list-params";
import { AuditTable } from "./audit-table";
import { sliceOf } from "@/lib/i18n/slice";

export const generateMetadata = () => pageTitle((t) => t.titles.audit);

const input = "rounded-md border border-gray-300 px-2 py-1.5 text-sm font-normal";

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("audit.read");
  const { t, locale } = await getDictionary();
  const a = t.audit;
  const raw = firstValues(await searchParams);
  const params = auditParamsSchema.parse(raw);
  const [page, entities] = await Promise.all([findAuditLog(actor, params, locale), findAuditEntities()]);
  const exportQuery = new URLSearchParams(
    Object.entries(raw).filter((e): e is [string, string] => Boolean(e[1]) && !["page", "perPage"].includes(e[0])),
  );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{a.title}</h1>
      <form
        className="flex flex-wrap items-end gap-3 rounded-lg border border-gray-200 bg-white p-3 text-sm"
        aria-label={a.filters}
      >
        {params.q && <input type="hidden" name="q" value={params.q} />}
        <div className="flex flex-col gap-1 font-medium">
          <label htmlFor="audit-actor">{a.actor}</label>
          <input id="audit-actor" name="actor" defaultValue={params.actor ?? ""} className={input} />
        </div>
        <FilterSelect
          name="action"
          label={a.action}
          allLabel={a.allActions}
          value={params.action}
          options={AUDIT_ACTIONS.map((code) => ({ value: code, label: auditActionName(code, locale) })).sort((x, y) =>
            x.label.localeCompare(y.label, locale),
          )}
        />
        <FilterSelect
          name="entity"
          label={a.entity}
          allLabel={a.allEntities}
          value={params.entity}
          options={entities
            .map((entity) => ({ value: entity, label: auditEntityName(entity, locale) }))
            .sort((x, y) => x.label.localeCompare(y.label, locale))}
        />
        <div className="flex flex-col gap-1 font-medium">
          <label htmlFor="audit-from">{a.from}</label>
          <input type="date" id="audit-from" name="from" defaultValue={params.from ?? ""} className={input} />
        </div>
        <div className="flex flex-col gap-1 font-medium">
          <label htmlFor="audit-to">{a.to}</label>
          <input type="date" id="audit-to" name="to" defaultValue={params.to ?? ""} className={input} />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          {a.apply}
        </button>
        <Link href="/admin/audit" className="py-2 text-brand-700 underline">
          {a.reset}
        </Link>
      </form>
      <AuditTable
        page={page}
        sort={params.sort}
        q={params.q}
        exportHref={`/admin/audit/export.csv?${exportQuery}`}
        t={sliceOf(t, "audit", "table")}
        locale={locale}
      />
    </div>
  );
}
