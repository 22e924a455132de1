import { pageTitle } from "@/lib/i18n/page-title";
import * as clock from "@/lib/clock";
import Link from "next/link";
import { RuleDefinitionList } from "@/components/rules/rule-definition-list";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getRule } from "@/lib/data/rules";
import { formatDateTime } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { ruleDefinitionSchema } from "@/lib/rules/definition";
import { isInForce } from "@/lib/rules/engine";
import { pathCode } from "@/lib/path-params";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }) {
  const code = pathCode((await params).code);
  return pageTitle((t) => [code, t.titles.rule]);
}

export default async function RulePage({ params }: { params: Promise<{ code: string }> }) {
  const actor = await requirePagePermission("circulars.read");
  const { t, locale } = await getDictionary();
  const rule = await orNotFound(getRule(pathCode((await params).code)));
  const r = t.rulesAdmin;
  const now = clock.now();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-gray-600">
            <Link href={`/circulars/${rule.circular.slug}`} className="hover:underline">
              Surat Edaran {rule.circular.number}
            </Link>{" "}
            · {rule.code}
          </p>
          <h1 className="text-2xl font-bold">{rule.title}</h1>
        </div>
        {can(actor, "circulars.write") && (
          <Link href={`/rules/${rule.code}/new`} className={buttonClass("primary")}>
            {r.newVersion}
          </Link>
        )}
      </div>
      <h2 className="text-lg font-semibold">{r.history}</h2>
      {rule.versions.length === 0 && <p className="text-gray-600">{t.circularsPage.noRules}</p>}
      {rule.versions.map((v) => {
        const phase =
          v.status !== "ACTIVE"
            ? null
            : isInForce(v, now)
              ? t.circularsPage.inForce
              : v.validFrom > now
                ? t.circularsPage.scheduled
                : t.circularsPage.past;
        return (
          <Card
            key={v.id}
            headingLevel={3}
            title={`${r.version} ${v.version} · ${t.versionStatus[v.status]}${phase ? ` · ${phase}` : ""}`}
          >
            <p className="text-sm text-gray-600">
              {t.circularsPage.from} {formatDateTime(v.validFrom, locale)}
              {v.validTo && ` ${t.circularsPage.until} ${formatDateTime(v.validTo, locale)}`} · {t.strength[v.strength]}
              {v.clause && ` · ${t.circularsPage.clause} ${v.clause.number}`} · {r.testCases}: {v.testCases.length}
            </p>
            {v.changeNote && <p className="mt-1 text-sm italic text-gray-700">{v.changeNote}</p>}
            <div className="mt-2">
              <RuleDefinitionList definition={ruleDefinitionSchema.parse(v.definition)} locale={locale} />
            </div>
            <Link
              href={`/rules/${rule.code}/v/${v.version}`}
              className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline"
            >
              {r.version} {v.version}: {r.testCases}, {r.changes.toLowerCase()}, {r.replay.toLowerCase()} →
            </Link>
          </Card>
        );
      })}
    </div>
  );
}
