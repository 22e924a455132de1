import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { findOfficeScores } from "@/lib/data/compliance";
import { findReportingRates } from "@/lib/data/reporting-rates";
import { findPagePeriod } from "@/lib/data/period";
import { keptQuery, PeriodControl } from "@/components/period/period-control";
import { getDictionary } from "@/lib/i18n/server";
import { firstValues } from "@/lib/validations/list-params";
import { COMPLIANCE_DEFAULT, ratesSortSchema, scoreParamsSchema } from "@/lib/validations/rollout";
import { RateBandLegend, RatesTable } from "./rates-table";
import { ScoresTable } from "./scores-table";
import { sliceOf } from "@/lib/i18n/slice";

export const generateMetadata = () => pageTitle((t) => t.titles.compliance);

export default async function CompliancePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("compliance.read");
  const { t, locale } = await getDictionary();
  const c = t.compliancePage;
  const raw = firstValues(await searchParams);
  const page = await findPagePeriod(raw, COMPLIANCE_DEFAULT);
  const { from, to } = page.period;
  const params = scoreParamsSchema.parse(raw);
  const ratesSort = ratesSortSchema.parse(raw.rates);
  // The address keeps what else is chosen (period, score table) when a rates header is clicked.
  const periodQuery = Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => Boolean(e[1])));
  const [byKecamatan, byAgency, scores] = await Promise.all([
    findReportingRates(actor, { from, to, by: "kecamatan" }),
    findReportingRates(actor, { from, to, by: "agency" }),
    findOfficeScores(actor, params, to),
  ]);
  // The table is a client component: it gets its page of rows, not every office behind it.
  const { all, ...scoresPage } = scores;
  const flagged = all.filter((s) => s.flags.length > 0);
  const exportQuery = new URLSearchParams(
    Object.entries({ ...keptQuery(raw), to }).filter(([key]) => key !== "perPage"),
  );

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{c.title}</h1>
      <PeriodControl page={page} keep={keptQuery(raw)} t={t.period} locale={locale} />
      <Card title={c.rates} description={c.ratesHint}>
        <RateBandLegend t={c} />
        <div className="mt-3 grid gap-6 xl:grid-cols-2">
          {(
            [
              [byKecamatan, c.byKecamatan, c.kecamatan],
              [byAgency, c.byAgency, c.agency],
            ] as const
          ).map(([rows, caption, keyHeader]) => (
            <RatesTable
              key={caption}
              rows={rows}
              caption={caption}
              keyHeader={keyHeader}
              sort={ratesSort}
              hrefOf={(value) => `/compliance?${new URLSearchParams({ ...periodQuery, rates: value })}`}
              t={c}
              locale={locale}
              sortLabel={t.table.sortBy}
            />
          ))}
        </div>
      </Card>
      <Card title={c.flags} description={c.flagsHint}>
        {flagged.length === 0 ? (
          <p className="text-sm text-gray-600">{c.noFlags}</p>
        ) : (
          <ul className="space-y-2 text-sm" data-testid="flags">
            {flagged.map((f) => (
              <li key={f.code}>
                <Link href={`/offices/${f.code}`} className="font-medium text-brand-700 hover:underline">
                  {f.office}
                </Link>{" "}
                ({f.agency}): {f.flags.map((flag) => flag.reason[locale]).join(" ")}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={c.scores} description={c.scoreDefinition}>
        <ScoresTable
          page={scoresPage}
          sort={params.sort}
          q={params.q}
          exportHref={`/compliance/scores.csv?${exportQuery}`}
          t={sliceOf(t, "agencies", "table", "compliancePage")}
          locale={locale}
        />
      </Card>
    </div>
  );
}
