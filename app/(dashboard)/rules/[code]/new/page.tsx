import { pageTitle } from "@/lib/i18n/page-title";
import { RuleVersionForm } from "@/components/rules/rule-version-form";
import { requirePagePermission } from "@/lib/auth/guard";
import { getRule } from "@/lib/data/rules";
import { getDictionary } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { tomorrowWib, versionDefaults } from "../version-defaults";
import { pathCode } from "@/lib/path-params";
import { sliceOf } from "@/lib/i18n/slice";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }) {
  const code = pathCode((await params).code);
  return pageTitle((t) => [code, t.titles.newVersion]);
}

export default async function NewRuleVersionPage({ params }: { params: Promise<{ code: string }> }) {
  await requirePagePermission("circulars.write");
  const { t, locale } = await getDictionary();
  const rule = await orNotFound(getRule(pathCode((await params).code)));
  const latest = rule.versions[0];
  const next = (latest?.version ?? 0) + 1;
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-600">{rule.code}</p>
      <h1 className="text-2xl font-bold">
        {rule.title}: {t.rulesAdmin.version} {next} ({t.versionStatus.DRAFT})
      </h1>
      <RuleVersionForm
        ruleCode={rule.code}
        clauses={rule.circular.clauses}
        defaults={versionDefaults(latest, {
          fallbackClauseId: rule.circular.clauses[0]?.id ?? "",
          startsAt: tomorrowWib(),
        })}
        t={sliceOf(t, "agencies", "exemptions", "strength", "rulesAdmin")}
        locale={locale}
      />
    </div>
  );
}
