import { dayOfDate } from "@/lib/day";
import { pageTitle } from "@/lib/i18n/page-title";
import { isOnTime, reportDeadline } from "@/lib/compliance/reporting";
import Link from "next/link";
import { OfficeForm } from "@/components/offices/office-form";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SimpleTable } from "@/components/ui/simple-table";
import { requirePagePermission } from "@/lib/auth/guard";
import { findKelurahanOptions } from "@/lib/data/areas";
import { getOfficeDetail } from "@/lib/data/offices";
import { formatDateTime, formatDay, formatNumber, formatPercent } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { today as clockToday } from "@/lib/clock";
import { ROLLOUT_STAGES } from "@/lib/vocabulary";
import { InspectionForm } from "./inspection-form";
import { ApiKeyForm, ArchiveButton, ReportForm, RevokeKeyButton, StageButtons } from "./office-controls";
import { pathCode } from "@/lib/path-params";
import { sliceOf } from "@/lib/i18n/slice";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }) {
  const code = pathCode((await params).code);
  return pageTitle((t) => [code, t.titles.office]);
}

export default async function OfficePage({ params }: { params: Promise<{ code: string }> }) {
  const actor = await requirePagePermission("agencies.read");
  const { t, locale } = await getDictionary();
  const o = t.officesAdmin;
  const office = await orNotFound(getOfficeDetail(actor, pathCode((await params).code)));
  const may = office.abilities;
  // The text the page's client controls and forms show: made once, whatever number of them.
  const controlsText = sliceOf(t, "stages", "officesAdmin");
  const formText = sliceOf(t, "officesAdmin");
  const today = clockToday();
  const reached = new Set(office.rolloutEvents.map((e) => e.toStage));

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-gray-600">
            <Link href={`/agencies/${office.agency.code}`} className="hover:underline">
              {office.agency.name}
            </Link>{" "}
            · <code>{office.code}</code>
          </p>
          <h1 className="text-2xl font-bold">{office.name}</h1>
          <p className="text-sm text-gray-700">
            {office.address} · {office.kelurahan.name}, {office.kelurahan.kecamatan.name} ·{" "}
            <span className="rounded bg-brand-50 px-2 py-0.5 font-medium text-brand-800" data-testid="office-stage">
              {t.stages[office.stage]}
            </span>
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={`/offices/${office.code}/poster`} className={buttonClass("secondary")}>
            {o.poster}
          </Link>
          <Link href={`/kantor/${office.code}`} className={buttonClass("secondary")}>
            {o.publicPage}
          </Link>
        </div>
      </div>

      <Card title={o.complianceScore}>
        <p className="text-3xl font-semibold tabular-nums" data-testid="compliance-score">
          {office.score.value ?? "–"}
        </p>
        <p className="text-sm text-gray-600">
          {office.score.provisional && `${o.provisional} · `}
          {o.onTimeRate}:{" "}
          {office.punctuality.rate === null
            ? "–"
            : `${formatPercent(office.punctuality.rate, locale)} (${office.punctuality.onTime}/${office.punctuality.expected})`}
        </p>
        <p className="mt-2 text-xs text-gray-600">{t.compliancePage.scoreDefinition}</p>
      </Card>

      <Card title={o.onboarding}>
        <ol className="mb-3 grid gap-2 sm:grid-cols-3">
          {ROLLOUT_STAGES.filter((s) => s !== "SUSPENDED").map((s) => (
            <li key={s} className={reached.has(s) ? "text-green-800" : "text-gray-500"}>
              <span aria-hidden="true">{reached.has(s) ? "✔" : "○"}</span> {t.stages[s]}
            </li>
          ))}
        </ol>
        {may.run && <StageButtons code={office.code} stage={office.stage} t={controlsText} />}
        <h3 className="mt-4 font-semibold">{o.history}</h3>
        <ul className="mt-1 space-y-1 text-sm">
          {office.rolloutEvents.map((e) => (
            <li key={e.id}>
              {formatDateTime(e.at, locale)}: {e.fromStage ? `${t.stages[e.fromStage]} → ` : ""}
              {t.stages[e.toStage]}
              {e.byUser && ` (${o.by} ${e.byUser.name})`}
              {e.note && ` — ${e.note}`}
            </li>
          ))}
        </ul>
      </Card>

      {may.report && (
        <Card title={o.fileReport}>
          <ReportForm code={office.code} t={controlsText} today={today} filed={office.filedReports} />
        </Card>
      )}
      <Card title={o.reports}>
        {office.reports.length === 0 ? (
          <p className="text-sm text-gray-600">{o.noReports}</p>
        ) : (
          <div className="max-h-96 overflow-auto">
            <SimpleTable
              caption={o.reports}
              headers={[
                o.day,
                o.revision,
                o.checked,
                o.servedVaccinated,
                o.servedExempt,
                o.referred,
                o.denied,
                o.submittedAt,
              ]}
              rows={office.reports.map((r) => ({
                key: r.id,
                // A corrected report stays in the history, struck through.
                className: r.isCurrent ? undefined : "text-gray-500 line-through decoration-gray-300",
                cells: [
                  formatDay(dayOfDate(r.day), locale),
                  `${r.revision} (${r.isCurrent ? o.current : o.corrected})`,
                  ...[r.checked, r.servedVaccinated, r.servedExempt, r.referred, r.denied].map((n) =>
                    formatNumber(n, locale),
                  ),
                  <span key="sent">
                    {formatDateTime(r.submittedAt, locale)}
                    {/* A first filing after the day's deadline is marked; a correction always comes later. */}
                    {r.revision === 1 && !isOnTime(dayOfDate(r.day), r.submittedAt) && (
                      <span className="ml-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
                        {o.submittedLate.replace(
                          "{deadline}",
                          formatDateTime(reportDeadline(dayOfDate(r.day)), locale),
                        )}
                      </span>
                    )}
                    {r.note ? ` — ${r.note}` : ""}
                  </span>,
                ],
              }))}
            />
          </div>
        )}
      </Card>

      <Card title={o.inspections}>
        {office.inspections.length === 0 && <p className="text-sm text-gray-600">{o.noInspections}</p>}
        <ul className="space-y-2 text-sm">
          {office.inspections.map((i) => (
            <li key={i.id} className="rounded-md border border-gray-200 p-2">
              <strong>{formatDay(dayOfDate(i.visitedOn), locale)}</strong> · {o.score}: {i.score}
              {i.inspector && ` · ${o.inspector}: ${i.inspector.name}`}
              {i.sanctions.map(
                (s) =>
                  ` · ${o.sanctionKinds[s.kind]} (${formatDay(dayOfDate(s.startsOn), locale)}${s.endsOn ? `–${formatDay(dayOfDate(s.endsOn), locale)}` : ""})`,
              )}
              {i.notes && <p className="text-gray-700">{i.notes}</p>}
            </li>
          ))}
        </ul>
        {may.inspect && (
          <div className="mt-4 border-t border-gray-100 pt-4">
            <InspectionForm code={office.code} canVerify={office.stage === "LIVE"} today={today} t={formText} />
          </div>
        )}
      </Card>

      {may.manageKeys &&
        (["SCANNER", "CHECKPOINT"] as const).map((kind) => {
          const keys = office.apiKeys.filter((k) => k.kind === kind);
          return (
            <Card key={kind} title={kind === "CHECKPOINT" ? o.checkpointLinks : o.apiKeys}>
              {kind === "CHECKPOINT" && <p className="mb-3 text-sm text-gray-700">{o.checkpointLead}</p>}
              <ApiKeyForm code={office.code} kind={kind} t={controlsText} />
              {keys.length === 0 ? (
                <p className="mt-3 text-sm text-gray-600">{kind === "CHECKPOINT" ? o.noLinks : o.noKeys}</p>
              ) : (
                <ul className="mt-3 divide-y divide-gray-100 text-sm">
                  {keys.map((k) => (
                    <li key={k.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                      <span>
                        <strong>{k.label}</strong> · {o.prefix} <code>sgp_{k.prefix}_…</code> · {o.created}{" "}
                        {formatDateTime(k.createdAt, locale)}
                        {k.lastUsedAt && ` · ${o.lastUsed} ${formatDateTime(k.lastUsedAt, locale)}`}
                        {k.revokedAt && ` · ${o.revoked} ${formatDateTime(k.revokedAt, locale)}`}
                      </span>
                      {!k.revokedAt && <RevokeKeyButton code={office.code} keyId={k.id} kind={kind} t={controlsText} />}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          );
        })}

      {may.run && (
        <Card title={o.profile}>
          <OfficeForm
            existingCode={office.code}
            values={{
              code: office.code,
              name: office.name,
              address: office.address,
              kelurahanCode: office.kelurahanCode,
              services: office.services.map((s) => s.serviceCode),
              openingHours: office.openingHours ?? "",
              contactPhone: office.contactPhone ?? "",
            }}
            kelurahan={await findKelurahanOptions()}
            t={formText}
            locale={locale}
          />
          <div className="mt-4 border-t border-gray-100 pt-4">
            <ArchiveButton code={office.code} t={controlsText} />
          </div>
        </Card>
      )}
    </div>
  );
}
