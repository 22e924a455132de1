"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { SimpleTable } from "@/components/ui/simple-table";
import { replayAction } from "@/lib/actions/rule-versions";
import type { ReplayReport } from "@/lib/data/replay";
import { formatDayRange, formatNumber } from "@/lib/format";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import type { DictionarySlice } from "@/lib/i18n/slice";
import { SERVICE_CATEGORIES } from "@/lib/vocabulary";

const SERVICE_NAMES = new Map(SERVICE_CATEGORIES.map((s) => [s.code as string, s]));

function BucketTable({
  caption,
  keyHeader,
  rows,
  t,
  name,
  locale,
}: {
  caption: string;
  keyHeader: string;
  rows: ReplayReport["byKecamatan"];
  t: Dictionary["rulesAdmin"];
  name: (key: string) => string;
  locale: Locale;
}) {
  return (
    <SimpleTable
      caption={caption}
      showCaption
      rowHeaders
      headers={[keyHeader, t.events, t.changed, t.stricter, t.looser, t.sameAccess]}
      rows={rows.map((b) => ({
        key: b.key,
        cells: [
          name(b.key),
          ...[b.events, b.changed, b.stricter, b.looser, b.sameAccess].map((n) => formatNumber(n, locale)),
        ],
      }))}
    />
  );
}

/** What-if replay: recorded visits of the last N days through this version, changes per kecamatan and service. */
export function ReplayPanel({
  versionId,
  t,
  locale,
}: {
  versionId: string;
  t: DictionarySlice<"agencies" | "outcomes" | "rulesAdmin">;
  locale: Locale;
}) {
  const r = t.rulesAdmin;
  const [days, setDays] = useState(28);
  const [report, setReport] = useState<ReplayReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      const result = await replayAction(versionId, days);
      if (result.ok) setReport(result.data);
      setError(result.ok ? null : result.message);
    });
  return (
    <div className="space-y-3">
      <p className="text-sm text-gray-700">{r.replayLead}</p>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {r.replayDays}
          <input
            type="number"
            min={1}
            max={90}
            value={days}
            onChange={(e) => setDays(Number(e.target.value))}
            className="w-24 rounded-md border border-gray-300 px-3 py-2"
          />
        </label>
        <Button type="button" variant="secondary" onClick={run} disabled={pending}>
          {pending ? r.replaying : r.runReplay}
        </Button>
      </div>
      {error && <p className="text-sm text-red-700">{error}</p>}
      {report && (
        <section aria-label={r.replayResult} className="space-y-3">
          <p className="text-sm">
            <strong>{formatNumber(report.events, locale)}</strong> {r.replayTotals}{" "}
            <strong data-testid="replay-changed">{formatNumber(report.changed, locale)}</strong> (
            {formatNumber(report.stricter, locale)} {r.stricter}, {formatNumber(report.looser, locale)} {r.looser},{" "}
            {formatNumber(report.sameAccess, locale)} {r.sameAccess}).{" "}
            {report.skipped > 0 && `${formatNumber(report.skipped, locale)} ${r.skipped}. `}
            {r.elapsed}: {formatNumber(report.elapsedMs, locale)} ms.
          </p>
          {report.replayed && (
            // Which days, not only how many: the visits of these WIB days went through the draft.
            <p className="text-sm text-gray-700" data-testid="replay-period">
              {r.replayPeriod.replace("{period}", formatDayRange(report.replayed.from, report.replayed.to, locale))}
            </p>
          )}
          {report.coveredDays < report.days && (
            <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {r.replayShorter
                .replace("{covered}", formatNumber(report.coveredDays, locale))
                .replace("{asked}", formatNumber(report.days, locale))}
            </p>
          )}
          {report.sameAccess > 0 && <p className="text-sm text-gray-700">{r.sameAccessHint}</p>}
          {report.transitions.length > 0 && (
            <ul className="text-sm">
              {report.transitions.map((tr) => (
                <li key={`${tr.from}>${tr.to}`}>
                  {t.outcomes[tr.from]} → {t.outcomes[tr.to]}: {formatNumber(tr.count, locale)}
                </li>
              ))}
            </ul>
          )}
          <div className="grid gap-4 lg:grid-cols-2">
            <BucketTable
              caption={r.byKecamatan}
              keyHeader={t.agencies.kecamatan}
              rows={report.byKecamatan}
              t={r}
              name={(k) => k}
              locale={locale}
            />
            <BucketTable
              caption={r.byService}
              keyHeader={r.services}
              rows={report.byService}
              t={r}
              name={(k) => SERVICE_NAMES.get(k)?.[locale] ?? k}
              locale={locale}
            />
          </div>
        </section>
      )}
    </div>
  );
}
