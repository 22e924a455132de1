"use client";
import QRCode from "qrcode";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { Field, FormMessage, inputClass, invalidProps, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { Button } from "@/components/ui/button";
import {
  confirmSecondFactorAction,
  startSecondFactorAction,
  turnOffSecondFactorAction,
} from "@/lib/actions/second-factor";
import type { ActionResult } from "@/lib/errors";
import type { Dictionary } from "@/lib/i18n/dictionaries";

type T = Dictionary["account"];

/** The code field every step of the second factor asks for. */
function CodeField({ t, state }: { t: T; state: ActionResult<unknown> | null }) {
  return (
    <Field label={t.secondFactorCode} name="code" state={state}>
      <input
        {...invalidProps(state, "code")}
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        className={`${inputClass} max-w-40 tracking-widest`}
      />
    </Field>
  );
}

/** Enrolment: the secret as a QR code and as text, then a first code, then the recovery codes once. */
function Enrol({ t }: { t: T }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [started, setStarted] = useState<ActionResult<{ secret: string; uri: string }> | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const { state, onSubmit, pending: confirming } = useKeptForm(confirmSecondFactorAction);
  const uri = started?.ok ? started.data.uri : null;
  useEffect(() => {
    if (uri) void QRCode.toDataURL(uri, { margin: 1, width: 200 }).then(setQr);
  }, [uri]);

  if (state?.ok)
    return (
      <div className="space-y-3 text-sm" role="status">
        <p>{t.secondFactorRecovery}</p>
        <ul data-testid="recovery-codes" className="grid max-w-sm grid-cols-2 gap-1 font-mono text-base">
          {state.data.recoveryCodes.map((code) => (
            <li key={code} className="rounded bg-gray-100 px-2 py-1">
              {code}
            </li>
          ))}
        </ul>
        <Button type="button" onClick={() => router.refresh()}>
          {t.secondFactorDone}
        </Button>
      </div>
    );
  if (!started?.ok)
    return (
      <div className="space-y-2">
        <Button
          type="button"
          disabled={pending}
          onClick={() => start(async () => setStarted(await startSecondFactorAction()))}
        >
          {t.secondFactorStart}
        </Button>
        {started && !started.ok && (
          <p role="alert" className="text-sm text-red-700">
            {started.message}
          </p>
        )}
      </div>
    );
  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-3 text-sm">
      <p>{t.secondFactorScan}</p>
      {qr && <img src={qr} alt={t.secondFactorQr} width={200} height={200} />}
      <p>
        {t.secondFactorKey}:{" "}
        <code data-testid="second-factor-key" className="break-all rounded bg-gray-100 px-1 font-mono">
          {started.data.secret}
        </code>
      </p>
      <FormMessage state={state} />
      <input type="hidden" name="secret" value={started.data.secret} />
      <CodeField t={t} state={state} />
      <SubmitButton label={t.secondFactorConfirm} pendingLabel={t.secondFactorConfirming} pending={confirming} />
    </form>
  );
}

/** Turning an optional second factor off, with a current code. */
function TurnOff({ t }: { t: T }) {
  const { state, onSubmit, pending } = useKeptForm(turnOffSecondFactorAction);
  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-3">
      <FormMessage state={state} success={state?.ok ? t.secondFactorTurnedOff : undefined} />
      <CodeField t={t} state={state} />
      <SubmitButton label={t.secondFactorTurnOff} pendingLabel={t.secondFactorTurningOff} pending={pending} />
    </form>
  );
}

/** The second-factor section of one's own account page. */
export function SecondFactorPanel({ t, on, required }: { t: T; on: boolean; required: boolean }) {
  return (
    <div className="space-y-3 text-sm">
      <p>{on ? t.secondFactorOn : t.secondFactorOff}</p>
      {!on && <Enrol t={t} />}
      {on && !required && <TurnOff t={t} />}
    </div>
  );
}
