import { dayOfDate } from "@/lib/day";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { OfficialText } from "@/components/ui/official-text";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getCircular } from "@/lib/data/rules";
import { formatDateTime, formatDay } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { CircularStatusControls, NewRuleForm } from "./circular-controls";
import { pathCode } from "@/lib/path-params";
import { permanentRedirect } from "next/navigation";

export const generateMetadata = () => pageTitle((t) => t.titles.circular);

export default async function CircularPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("circulars.read");
  const { t, locale } = await getDictionary();
  const r = t.rulesAdmin;
  const address = pathCode((await params).id);
  const circular = await orNotFound(getCircular(address, { includeDrafts: can(actor, "circulars.write") }));
  // An address by id (bookmarked before circulars had slugs) moves to the one by number.
  if (address !== circular.slug) permanentRedirect(`/circulars/${circular.slug}`);
  const canWrite = can(actor, "circulars.write");
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-gray-600">
            {t.circularStatus[circular.status]} · {r.issuedOn} {formatDay(dayOfDate(circular.issuedOn), locale)} ·{" "}
            {r.effectiveFrom} {formatDateTime(circular.effectiveFrom, locale)}
          </p>
          <h1 className="text-2xl font-bold">Surat Edaran {circular.number}</h1>
          <p className="text-lg" lang="id">
            {circular.title}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {canWrite && circular.status === "DRAFT" && (
            <Link href={`/circulars/${circular.slug}/edit`} className={buttonClass("secondary")}>
              {r.editCircular}
            </Link>
          )}
          {can(actor, "rules.publish") && (
            <CircularStatusControls circularId={circular.id} status={circular.status} t={r} />
          )}
        </div>
      </div>
      <Card title={t.circularsPage.clauses}>
        <OfficialText label={t.circularsPage.officialText}>
          <p className="mb-3 text-gray-800">{circular.body}</p>
          <ol className="space-y-1 text-sm">
            {circular.clauses.map((c) => (
              <li key={c.id}>
                <span className="font-medium">{c.number}.</span> {c.text}
              </li>
            ))}
          </ol>
        </OfficialText>
      </Card>
      <Card title={r.rules}>
        {circular.rules.length === 0 && <p className="text-gray-600">{t.circularsPage.noRules}</p>}
        <ul className="divide-y divide-gray-100">
          {circular.rules.map((rule) => (
            <li key={rule.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link href={`/rules/${rule.code}`} className="font-medium text-brand-700 hover:underline">
                {rule.title}
              </Link>
              <span className="text-sm text-gray-600">
                {rule.code} · {rule.versions.map((v) => `v${v.version} ${t.versionStatus[v.status]}`).join(", ") || "–"}
              </span>
            </li>
          ))}
        </ul>
        {canWrite && circular.status !== "REVOKED" && circular.status !== "EXPIRED" && (
          <div className="mt-4 border-t border-gray-100 pt-4">
            <NewRuleForm circularId={circular.id} t={r} />
          </div>
        )}
      </Card>
    </div>
  );
}
