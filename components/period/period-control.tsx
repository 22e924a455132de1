import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import type { PagePeriod } from "@/lib/data/period";
import { formatDay, formatDayRange, formatMonth, formatNumber } from "@/lib/format";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import { latestPeriodWithData, periodHasData } from "@/lib/stats/coverage";
import { PERIOD_PRESETS, presetOf, presetRanges, wholeMonthOf, type PeriodProblem } from "@/lib/validations/period";

const input = "rounded-md border border-gray-300 px-2 py-1.5 font-normal";
const field = "flex flex-col gap-1 text-sm font-medium";

/** The sentence for a period the URL asked for and the page could not show as asked. */
export function periodProblemText(problem: PeriodProblem, t: Dictionary["period"], locale: Locale): string {
  const text = t.problems[problem.code];
  switch (problem.code) {
    case "invalidDay":
      return text.replace("{value}", problem.value).replace("{field}", t[problem.field]);
    case "invalidMonth":
      return text.replace("{value}", problem.value);
    case "reversed":
      return text.replace("{from}", formatDay(problem.from, locale)).replace("{to}", formatDay(problem.to, locale));
    case "tooLong":
      return text.replace("{days}", formatNumber(problem.days, locale));
  }
}

/**
 * The one period control of every page with a period: what is shown and where the data are,
 * quick choices, a month picker and a date range, all as GET links and forms (the period lives
 * in the URL, so a link shares it). `keep` holds the page's other filters, kept through a change.
 */
export function PeriodControl({
  page: { period, coverage, today },
  keep,
  t,
  locale,
}: {
  page: PagePeriod;
  keep: Record<string, string>;
  t: Dictionary["period"];
  locale: Locale;
}) {
  const href = (range: Record<string, string>) => `?${new URLSearchParams({ ...keep, ...range })}`;
  const presets = presetRanges(today);
  const shownPreset = presetOf(period, today);
  const month = wholeMonthOf(period);
  const offer = periodHasData(coverage, period) ? null : latestPeriodWithData(coverage);
  const hidden = Object.entries(keep).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
  return (
    <section aria-label={t.label} className="space-y-3 rounded-lg border border-gray-200 bg-white p-3 text-sm">
      <p data-testid="period-line">
        <strong>{t.showing.replace("{range}", formatDayRange(period.from, period.to, locale))}</strong>
        {period.isDefault && !period.problem && shownPreset && (
          <span className="text-gray-600"> ({t.byDefault.replace("{preset}", t.presetLabels[shownPreset])})</span>
        )}
        {" · "}
        {coverage.first && coverage.last
          ? t.available.replace("{range}", formatDayRange(coverage.first, coverage.last, locale))
          : t.noData}
      </p>
      {period.problem && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          {periodProblemText(period.problem, t, locale)}
        </p>
      )}
      {!periodHasData(coverage, period) && (
        <p className="text-gray-700" data-testid="period-empty">
          {t.outside}{" "}
          {offer && (
            <Link href={href(offer)} className="font-medium text-blue-800 underline">
              {t.latestWithData.replace("{range}", formatDayRange(offer.from, offer.to, locale))}
            </Link>
          )}
        </p>
      )}
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <nav aria-label={t.presets} className={field}>
          <span>
            {t.presets}{" "}
            <span className="font-normal text-gray-600">
              ({t.presetsUntil.replace("{day}", formatDay(presets.last7.to, locale))})
            </span>
          </span>
          <ul className="flex flex-wrap gap-2">
            {PERIOD_PRESETS.map((preset) => {
              const range = presets[preset];
              const current = preset === shownPreset;
              return (
                <li key={preset}>
                  <Link
                    href={href(range)}
                    aria-current={current ? "true" : undefined}
                    className={buttonClass(current ? "primary" : "secondary", "min-h-8 px-3 py-1")}
                  >
                    {t.presetLabels[preset]}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        {coverage.months.length > 0 && (
          <form className="flex items-end gap-2">
            {hidden}
            <div className={field}>
              <label htmlFor="period-month">{t.month}</label>
              <select id="period-month" name="month" defaultValue={month ?? ""} className={input}>
                {!month && <option value="">–</option>}
                {[...coverage.months].reverse().map((m) => (
                  <option key={m} value={m}>
                    {formatMonth(m, locale)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClass("secondary")}>
              {t.showMonth}
            </button>
          </form>
        )}
        <form className="flex flex-wrap items-end gap-2" aria-label={t.custom}>
          {hidden}
          <div className={field}>
            <label htmlFor="period-from">{t.from}</label>
            <input type="date" id="period-from" name="from" defaultValue={period.from} className={input} />
          </div>
          <div className={field}>
            <label htmlFor="period-to">{t.to}</label>
            <input type="date" id="period-to" name="to" defaultValue={period.to} className={input} />
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            {t.apply}
          </button>
        </form>
      </div>
    </section>
  );
}

/** The page's query without its period and paging: what a period change keeps. */
export function keptQuery(raw: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(raw).filter(
      (e): e is [string, string] => Boolean(e[1]) && !["from", "to", "month", "page"].includes(e[0]),
    ),
  );
}
