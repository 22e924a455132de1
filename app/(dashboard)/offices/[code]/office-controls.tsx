"use client";
import { OneTimeSecret } from "@/components/ui/one-time-secret";
import { checkpointLink } from "@/lib/checkpoint/link-token";
import QRCode from "qrcode";
import { useActionState, useEffect, useState, useTransition } from "react";
import { ActionButton } from "@/components/forms/action-button";
import { buttonClass } from "@/components/ui/button";
import { Field, FormMessage, inputClass, invalidProps, SubmitButton } from "@/components/forms/form-parts";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/actions/api-keys";
import { archiveOfficeAction, changeStageAction } from "@/lib/actions/offices";
import { submitReportAction } from "@/lib/actions/reports";
import type { ActionResult } from "@/lib/errors";

import type { DictionarySlice } from "@/lib/i18n/slice";
import { nextSelfServiceStage, SELF_SERVICE_STAGES } from "@/lib/validations/office";

type Props = { code: string; t: DictionarySlice<"officesAdmin" | "stages"> };

/**
 * The onboarding stage controls: one button for the next stage; any other stage (a jump ahead
 * or a step back) through a small form that asks why, and the reason is kept with the move.
 */
export function StageButtons({ code, stage, t }: Props & { stage: string }) {
  const o = t.officesAdmin;
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  if (stage === "VERIFIED" || stage === "SUSPENDED") return <p className="text-sm text-gray-600">{o.stageHint}</p>;
  const next = nextSelfServiceStage(stage);
  const others = SELF_SERVICE_STAGES.filter((s) => s !== stage && s !== next);
  const moveWithReason = (form: FormData) =>
    startTransition(async () =>
      setResult(await changeStageAction(code, String(form.get("toStage")), String(form.get("note") ?? ""))),
    );
  return (
    <div className="space-y-2">
      {next && (
        <ActionButton
          variant="secondary"
          label={`${o.moveTo}: ${t.stages[next]}`}
          pendingLabel={o.saving}
          run={() => changeStageAction(code, next, undefined)}
        />
      )}
      {others.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">{o.otherStage}</summary>
          <form action={moveWithReason} aria-label={o.otherStage} className="mt-2 grid gap-2 sm:max-w-md">
            <label className="flex flex-col gap-1">
              {o.stageTarget}
              <select name="toStage" className={inputClass}>
                {others.map((s) => (
                  <option key={s} value={s}>
                    {t.stages[s]}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col gap-1">
              {o.stageReason}
              <textarea name="note" required maxLength={500} rows={2} className={inputClass} />
            </label>
            <button type="submit" disabled={pending} className={buttonClass("secondary")}>
              {pending ? o.saving : o.moveStage}
            </button>
            {result && !result.ok && (
              <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-800">
                {result.message}
              </p>
            )}
          </form>
        </details>
      )}
    </div>
  );
}

export function ArchiveButton({ code, t }: Props) {
  return (
    <ActionButton
      variant="secondary"
      label={t.officesAdmin.archive}
      pendingLabel={t.officesAdmin.saving}
      confirm={t.officesAdmin.confirmArchive}
      run={() => archiveOfficeAction(code)}
    />
  );
}

/** Creates a scanner's API key or a checkpoint link, and shows it once. */
export function ApiKeyForm({ code, kind, t }: Props & { kind: "SCANNER" | "CHECKPOINT" }) {
  const [state, action] = useActionState(createApiKeyAction.bind(null, code, kind), null);
  const o = t.officesAdmin;
  const link = kind === "CHECKPOINT" && state?.ok ? checkpointLink(code, state.data.key, window.location.origin) : null;
  // A QR code of the link, so the desk tablet opens it with its camera instead of typing.
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    if (link) void QRCode.toDataURL(link, { margin: 1, width: 200 }).then(setQr);
  }, [link]);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      {state?.ok && (
        <OneTimeSecret key={state.data.key} title={link ? o.linkOnce : o.keyOnce} secret={link ?? state.data.key}>
          {link ? (
            <>
              <a
                data-testid="new-checkpoint-link"
                href={link}
                className="mt-1 block break-all rounded bg-white p-2 text-xs text-brand-700 underline"
              >
                {link}
              </a>
              {qr && <img src={qr} alt={o.linkQr} width={200} height={200} className="mt-2" />}
            </>
          ) : (
            <code data-testid="new-api-key" className="mt-1 block break-all rounded bg-white p-2 text-xs">
              {state.data.key}
            </code>
          )}
        </OneTimeSecret>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <Field label={kind === "CHECKPOINT" ? o.linkLabel : o.keyLabel} name="label" state={state}>
          <input
            {...invalidProps(state, "label")}
            defaultValue={kind === "CHECKPOINT" ? "Tablet meja depan" : "Pemindai pintu masuk"}
            className={inputClass}
          />
        </Field>
        <SubmitButton
          label={kind === "CHECKPOINT" ? o.createLink : o.createKey}
          pendingLabel={o.saving}
          variant="secondary"
        />
      </div>
    </form>
  );
}

export function RevokeKeyButton({ code, keyId, kind, t }: Props & { keyId: string; kind: "SCANNER" | "CHECKPOINT" }) {
  return (
    <ActionButton
      variant="secondary"
      label={t.officesAdmin.revoke}
      pendingLabel={t.officesAdmin.saving}
      confirm={kind === "CHECKPOINT" ? t.officesAdmin.confirmRevokeLink : t.officesAdmin.confirmRevokeKey}
      run={() => revokeApiKeyAction(code, keyId)}
    />
  );
}

/** The daily report form; a second report for a day becomes a correction. */
const REPORT_COUNTS = ["checked", "servedVaccinated", "servedExempt", "referred", "denied"] as const;
type ReportCounts = Record<(typeof REPORT_COUNTS)[number], number>;
/** The current revision of each day's report (day → numbers), to correct from. */
export type FiledReports = Record<string, ReportCounts & { revision: number }>;
const NO_REPORT: ReportCounts = { checked: 0, servedVaccinated: 0, servedExempt: 0, referred: 0, denied: 0 };

/**
 * Files a day's report, or corrects it: choosing a day already reported starts from that
 * report's current revision (not from zeros, which would overwrite the untouched numbers)
 * and lists what the correction changes before it is sent.
 */
export function ReportForm({ code, t, today, filed }: Props & { today: string; filed: FiledReports }) {
  const [state, action] = useActionState(submitReportAction.bind(null, code), null);
  const [day, setDay] = useState(today);
  const [counts, setCounts] = useState<ReportCounts>(filed[today] ?? NO_REPORT);
  const o = t.officesAdmin;
  const current = filed[day];
  const changed = current ? REPORT_COUNTS.filter((name) => counts[name] !== current[name]) : [];
  const chooseDay = (next: string) => {
    setDay(next);
    setCounts(filed[next] ?? NO_REPORT);
  };
  return (
    <form action={action} className="space-y-3" aria-label={o.fileReport}>
      <FormMessage state={state} success={o.saved} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={o.day} name="day" state={state}>
          <input
            {...invalidProps(state, "day")}
            type="date"
            required
            max={today}
            value={day}
            onChange={(e) => chooseDay(e.target.value)}
            className={inputClass}
          />
        </Field>
        {REPORT_COUNTS.map((name) => (
          <Field key={name} label={o[name]} name={name} state={state}>
            <input
              {...invalidProps(state, name)}
              type="number"
              min={0}
              required
              value={counts[name]}
              onChange={(e) => setCounts({ ...counts, [name]: Number(e.target.value) })}
              className={inputClass}
            />
          </Field>
        ))}
      </div>
      <Field label={o.note} name="note" state={state}>
        <input {...invalidProps(state, "note")} className={inputClass} />
      </Field>
      {current ? (
        <div role="note" aria-label={o.changes} className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p>{o.correcting.replace("{revision}", String(current.revision))}</p>
          {changed.length === 0 ? (
            <p>{o.noChanges}</p>
          ) : (
            <ul className="mt-1 list-disc pl-5">
              {changed.map((name) => (
                <li key={name}>
                  {o[name]}: {current[name]} → {counts[name]}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <p className="text-xs text-gray-600">{o.correctionHint}</p>
      )}
      <SubmitButton label={o.fileReport} pendingLabel={o.saving} />
    </form>
  );
}
