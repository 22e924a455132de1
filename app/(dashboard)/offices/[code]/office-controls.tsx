"use client";
import QRCode from "qrcode";
import { useActionState, useRef, useEffect, useState } from "react";
import { ActionButton } from "@/components/forms/action-button";
import { Field, FormMessage, inputClass, invalidProps, SubmitButton } from "@/components/forms/form-parts";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/actions/api-keys";
import { archiveOfficeAction, changeStageAction } from "@/lib/actions/offices";
import { submitReportAction } from "@/lib/actions/reports";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { SELF_SERVICE_STAGES } from "@/lib/validations/office";

type Props = { code: string; t: Dictionary };

/** Buttons that move an office to each onboarding stage an agency admin may set. */
export function StageButtons({ code, stage, t }: Props & { stage: string }) {
  if (stage === "VERIFIED" || stage === "SUSPENDED")
    return <p className="text-sm text-gray-600">{t.officesAdmin.stageHint}</p>;
  return (
    <div className="flex flex-wrap gap-2">
      {SELF_SERVICE_STAGES.filter((s) => s !== stage).map((s) => (
        <ActionButton
          key={s}
          variant="secondary"
          label={`${t.officesAdmin.moveTo}: ${t.stages[s]}`}
          pendingLabel={t.officesAdmin.saving}
          run={() => changeStageAction(code, s)}
        />
      ))}
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
  const link =
    kind === "CHECKPOINT" && state?.ok
      ? `${window.location.origin}/pos/${encodeURIComponent(code)}?t=${state.data.key}`
      : null;
  // A QR code of the link, so the desk tablet opens it with its camera instead of typing.
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    if (link) void QRCode.toDataURL(link, { margin: 1, width: 200 }).then(setQr);
  }, [link]);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      {state?.ok && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" role="status">
          <p className="font-medium">{link ? o.linkOnce : o.keyOnce}</p>
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
        </div>
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
export function ReportForm({ code, t, today }: Props & { today: string }) {
  const [state, action] = useActionState(submitReportAction.bind(null, code), null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const o = t.officesAdmin;
  const number = (name: "checked" | "servedVaccinated" | "servedExempt" | "referred" | "denied") => (
    <Field label={o[name]} name={name} state={state}>
      <input {...invalidProps(state, name)} type="number" min={0} required defaultValue={0} className={inputClass} />
    </Field>
  );
  return (
    <form ref={form} action={action} className="space-y-3" aria-label={o.fileReport}>
      <FormMessage state={state} success={o.saved} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={o.day} name="day" state={state}>
          <input
            {...invalidProps(state, "day")}
            type="date"
            required
            max={today}
            defaultValue={today}
            className={inputClass}
          />
        </Field>
        {number("checked")}
        {number("servedVaccinated")}
        {number("servedExempt")}
        {number("referred")}
        {number("denied")}
      </div>
      <Field label={o.note} name="note" state={state}>
        <input {...invalidProps(state, "note")} className={inputClass} />
      </Field>
      <p className="text-xs text-gray-600">{o.correctionHint}</p>
      <SubmitButton label={o.fileReport} pendingLabel={o.saving} />
    </form>
  );
}
