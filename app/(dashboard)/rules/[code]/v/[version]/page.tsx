import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { ReplayPanel } from "@/components/rules/replay-panel";
import { RuleDefinitionList } from "@/components/rules/rule-definition-list";
import { TestCasePanel } from "@/components/rules/test-case-panel";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getRule } from "@/lib/data/rules";
import { formatDateTime } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { ruleCaseInputSchema, ruleDefinitionSchema } from "@/lib/rules/definition";
import { diffDefinitions } from "@/lib/rules/describe";
import { toWibInput } from "@/lib/wib";
import { ActivateButton, ActivateButtonPending } from "./activate-button";
import { activationRefusal } from "@/lib/rules/activation";
import { toEngineRule } from "@/lib/rules/from-record";
import type { StoredCase } from "@/lib/rules/run-cases";
import { now } from "@/lib/clock";
import { translateMessage } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/dictionaries";
import { caseRow, newCaseDefaults } from "./case-rows";
import { pathCode } from "@/lib/path-params";
import { sliceOf } from "@/lib/i18n/slice";

export async function generateMetadata(props: { params: Promise<{ code: string; version: string }> }) {
  const { code, version } = await props.params;
  return pageTitle((t) => [`${pathCode(code)} ${t.titles.version} ${pathCode(version)}`, t.titles.rule]);
}

/** Why the activation guardrails refuse `version` now, in the reader's language; null when they would not. */
function activationRefusalText(
  rule: { code: string; circular: { number: string; status: string } },
  version: Omit<Parameters<typeof toEngineRule>[0], "rule"> & { testCases: StoredCase[] },
  locale: Locale,
): string | null {
  const refusal = activationRefusal(
    { circular: rule.circular, version: toEngineRule({ ...version, rule }), testCases: version.testCases },
    now(),
  );
  return refusal && translateMessage(refusal.message, locale);
}

export default async function RuleVersionPage({ params }: { params: Promise<{ code: string; version: string }> }) {
  const actor = await requirePagePermission("circulars.read");
  const { t, locale } = await getDictionary();
  const r = t.rulesAdmin;
  const { code, version } = await params;
  const rule = await orNotFound(getRule(pathCode(code)));
  const current = rule.versions.find((v) => String(v.version) === version);
  if (!current) notFound();
  const previous = rule.versions.find((v) => v.version < current.version);
  const definition = ruleDefinitionSchema.parse(current.definition);
  const changes = diffDefinitions(previous ? ruleDefinitionSchema.parse(previous.definition) : null, definition);
  const isDraft = current.status === "DRAFT";
  const canWrite = can(actor, "circulars.write");
  const firstCase = current.testCases[0] && ruleCaseInputSchema.safeParse(current.testCases[0].input);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-gray-600">
            <Link href={`/rules/${rule.code}`} className="hover:underline">
              {rule.title}
            </Link>{" "}
            · {rule.code}
          </p>
          <h1 className="text-2xl font-bold">
            {r.version} {current.version} · {t.versionStatus[current.status]}
          </h1>
          <p className="text-sm text-gray-600">
            {t.circularsPage.from} {formatDateTime(current.validFrom, locale)}
            {current.validTo && ` ${t.circularsPage.until} ${formatDateTime(current.validTo, locale)}`} ·{" "}
            {t.strength[current.strength]}
            {current.clause && ` · ${t.circularsPage.clause} ${current.clause.number}: ${current.clause.text}`}
            {current.createdBy && ` · ${r.createdBy} ${current.createdBy.name}`}
          </p>
        </div>
        {isDraft && canWrite && (
          <div className="flex flex-wrap gap-2">
            <Link href={`/rules/${rule.code}/v/${current.version}/edit`} className={buttonClass("secondary")}>
              {r.editVersion}
            </Link>
            {can(actor, "rules.publish") && (
              <Suspense fallback={<ActivateButtonPending t={r} />}>
                <ActivateButton
                  ruleCode={rule.code}
                  version={current}
                  refusal={activationRefusalText(rule, current, locale)}
                  t={r}
                  locale={locale}
                />
              </Suspense>
            )}
          </div>
        )}
      </div>
      {!canWrite && <p className="text-sm text-gray-600">{r.readOnly}</p>}
      <Card title={locale === "id" ? current.descriptionId : current.descriptionEn}>
        <RuleDefinitionList definition={definition} locale={locale} />
      </Card>
      <Card title={r.changes}>
        {!previous ? (
          <p className="text-sm text-gray-600">{r.firstVersion}</p>
        ) : changes.length === 0 ? (
          <p className="text-sm text-gray-600">{r.noChanges}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{r.changes}</caption>
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className="px-2 py-1"></th>
                <th scope="col" className="px-2 py-1">
                  {r.before} (v{previous.version})
                </th>
                <th scope="col" className="px-2 py-1">
                  {r.after} (v{current.version})
                </th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.key} className="border-t border-gray-100">
                  <th scope="row" className="px-2 py-1 font-medium">
                    {c.label[locale]}
                  </th>
                  <td className="px-2 py-1 text-red-800 line-through decoration-1">{c.before?.[locale] ?? "–"}</td>
                  <td className="px-2 py-1 text-green-800">{c.after[locale]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <Card title={r.testCases}>
        <TestCasePanel
          ruleCode={rule.code}
          versionId={current.id}
          cases={current.testCases.map((c) => caseRow(c, t, locale))}
          editable={isDraft && canWrite}
          newCaseDefaults={newCaseDefaults(
            firstCase?.success ? firstCase.data : undefined,
            toWibInput(current.validFrom),
          )}
          t={sliceOf(t, "agencies", "checker", "exemptions", "outcomes", "plStatus", "rulesAdmin", "table")}
          locale={locale}
        />
      </Card>
      <Card title={r.replay}>
        <ReplayPanel versionId={current.id} t={sliceOf(t, "agencies", "outcomes", "rulesAdmin")} locale={locale} />
      </Card>
    </div>
  );
}
