"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ActionButton } from "@/components/forms/action-button";
import { resetSecondFactorAction } from "@/lib/actions/second-factor";
import { resetPasswordAction, setUserActiveAction } from "@/lib/actions/users";
import type { ActionResult } from "@/lib/errors";
import type { Dictionary } from "@/lib/i18n/dictionaries";

/** Deactivate or reactivate an account (confirmed: deactivation ends its sessions at once). */
export function ActiveToggle({
  id,
  email,
  active,
  t,
}: {
  id: string;
  email: string;
  active: boolean;
  t: Dictionary["users"];
}) {
  return active ? (
    <ActionButton
      label={t.deactivate}
      pendingLabel={t.deactivating}
      variant="secondary"
      confirm={t.confirmDeactivate.replace("{email}", email)}
      run={() => setUserActiveAction(id, false)}
    />
  ) : (
    <ActionButton label={t.activate} pendingLabel={t.activating} run={() => setUserActiveAction(id, true)} />
  );
}

/** Reset the password (confirmed), then show the new one once. */
export function ResetPassword({ id, email, t }: { id: string; email: string; t: Dictionary["users"] }) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<{ email: string; password: string }> | null>(null);
  return (
    <div className="space-y-2">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(t.confirmReset.replace("{email}", email))) return;
          start(async () => setResult(await resetPasswordAction(id)));
        }}
      >
        {pending ? t.resetting : t.resetPassword}
      </Button>
      {result?.ok && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" role="status">
          <p className="font-medium">{t.resetDone.replace("{email}", result.data.email)}</p>
          <code data-testid="new-password" className="mt-1 block rounded bg-white p-2 text-base">
            {result.data.password}
          </code>
        </div>
      )}
      {result && !result.ok && (
        <p role="alert" className="text-sm text-red-700">
          {result.message}
        </p>
      )}
    </div>
  );
}

/** Clear a lost second factor (confirmed): every session of the account ends; its owner enrols again. */
export function ResetSecondFactor({ id, email, t }: { id: string; email: string; t: Dictionary["users"] }) {
  return (
    <ActionButton
      label={t.resetSecondFactor}
      pendingLabel={t.resettingSecondFactor}
      variant="secondary"
      confirm={t.confirmResetSecondFactor.replace("{email}", email)}
      success={t.secondFactorReset}
      run={() => resetSecondFactorAction(id)}
    />
  );
}
