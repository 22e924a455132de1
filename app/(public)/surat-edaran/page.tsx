import { dayOfDate } from "@/lib/day";
import { pageTitle } from "@/lib/i18n/page-title";
import * as clock from "@/lib/clock";
import { connection } from "next/server";
import { RuleDefinitionList } from "@/components/rules/rule-definition-list";
import { Card } from "@/components/ui/card";
import { OfficialText } from "@/components/ui/official-text";
import { findPublicCirculars } from "@/lib/data/rules";
import { formatDateTime, formatDay } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/server";
import { ruleDefinitionSchema } from "@/lib/rules/definition";
import { isInForce } from "@/lib/rules/engine";

export const generateMetadata = () => pageTitle((t) => t.titles.publicCirculars);

export default async function CircularsPublicPage() {
  await connection();
  const { t, locale } = await getDictionary();
  const circulars = await findPublicCirculars();
  const now = clock.now();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t.circularsPage.title}</h1>
        <p className="mt-2 text-gray-700">{t.circularsPage.lead}</p>
      </div>
      {circulars.length === 0 && <p className="text-gray-600">{t.circularsPage.empty}</p>}
      {circulars.map((c) => (
        <Card key={c.id} title={`Surat Edaran ${c.number}`}>
          <p className="mb-3 text-sm text-gray-600">
            <span className="mr-2 rounded bg-brand-50 px-2 py-0.5 font-medium text-brand-800">
              {t.circularStatus[c.status]}
            </span>
            {t.circularsPage.issued} {formatDay(dayOfDate(c.issuedOn), locale)} · {t.circularsPage.issuer}: {c.issuer}
          </p>
          <OfficialText label={t.circularsPage.officialText}>
            <p className="text-lg font-medium">{c.title}</p>
            <p className="mt-3 text-gray-800">{c.body}</p>
            <h3 className="mt-4 font-semibold">{t.circularsPage.clauses}</h3>
            <ol className="mt-1 space-y-1 text-sm text-gray-800">
              {c.clauses.map((clause) => (
                <li key={clause.id} id={`pasal-${c.id}-${clause.number}`}>
                  <span className="font-medium">{clause.number}.</span> {clause.text}
                </li>
              ))}
            </ol>
          </OfficialText>
          <h3 className="mt-4 font-semibold">{t.circularsPage.rules}</h3>
          {c.rules.every((r) => r.versions.length === 0) && (
            <p className="text-sm text-gray-600">{t.circularsPage.noRules}</p>
          )}
          <ul className="mt-2 space-y-3">
            {c.rules.flatMap((rule) =>
              rule.versions.map((v) => {
                const phase = isInForce(v, now) ? "inForce" : v.validFrom > now ? "scheduled" : "past";
                return (
                  <li
                    key={v.id}
                    className="rounded-md border border-gray-200 p-3"
                    data-testid={`rule-${rule.code}-v${v.version}`}
                  >
                    <p className="flex flex-wrap items-center gap-2 text-sm">
                      <span className="font-semibold">{rule.title}</span>
                      <span className="text-gray-500">
                        {rule.code} v{v.version}
                      </span>
                      <span
                        className={
                          phase === "inForce"
                            ? "rounded bg-green-100 px-2 text-green-800"
                            : phase === "scheduled"
                              ? "rounded bg-amber-100 px-2 text-amber-800"
                              : "rounded bg-gray-100 px-2 text-gray-700"
                        }
                      >
                        {t.circularsPage[phase]}
                      </span>
                      <span className="rounded bg-gray-100 px-2">{t.strength[v.strength]}</span>
                    </p>
                    <p className="mt-1 text-sm text-gray-800">{locale === "id" ? v.descriptionId : v.descriptionEn}</p>
                    <p className="mt-1 text-xs text-gray-600">
                      {t.circularsPage.from} {formatDateTime(v.validFrom, locale)}
                      {v.validTo && ` ${t.circularsPage.until} ${formatDateTime(v.validTo, locale)}`}
                      {v.clause && ` · ${t.circularsPage.clause} ${v.clause.number}`}
                    </p>
                    <div className="mt-2">
                      <RuleDefinitionList definition={ruleDefinitionSchema.parse(v.definition)} locale={locale} />
                    </div>
                  </li>
                );
              }),
            )}
          </ul>
        </Card>
      ))}
    </div>
  );
}
