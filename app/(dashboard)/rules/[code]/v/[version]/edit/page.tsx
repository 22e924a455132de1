import { pageTitle } from "@/lib/i18n/page-title";
import { notFound } from "next/navigation";
import { RuleVersionForm } from "@/components/rules/rule-version-form";
import { requirePagePermission } from "@/lib/auth/guard";
import { getRule } from "@/lib/data/rules";
import { getDictionary } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { versionDefaults } from "../../../version-defaults";
import { pathCode } from "@/lib/path-params";
import { sliceOf } from "@/lib/i18n/slice";

export async function generateMetadata(props: { params: Promise<{ code: string; version: string }> }) {
  const { code, version } = await props.params;
  return pageTitle((t) => [`${pathCode(code)} ${t.titles.version} ${pathCode(version)}`, t.titles.editVersion]);
}

export default async function EditRuleVersionPage({ params }: { params: Promise<{ code: string; version: string }> }) {
  await requirePagePermission("circulars.write");
  const { t, locale } = await getDictionary();
  const { code, version } = await params;
  const rule = await orNotFound(getRule(pathCode(code)));
  const draft = rule.versions.find((v) => String(v.version) === version && v.status === "DRAFT");
  if (!draft) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-600">{rule.code}</p>
      <h1 className="text-2xl font-bold">
        {t.rulesAdmin.editVersion}: {t.rulesAdmin.version} {draft.version}
      </h1>
      <RuleVersionForm
        ruleCode={rule.code}
        versionId={draft.id}
        clauses={rule.circular.clauses}
        defaults={versionDefaults(draft, { fallbackClauseId: "" })}
        t={sliceOf(t, "agencies", "exemptions", "strength", "rulesAdmin")}
        locale={locale}
      />
    </div>
  );
}
