"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { OneTimeSecret } from "@/components/ui/one-time-secret";
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
  const { askFirst, dialog } = useConfirm();
  return (
    <div className="space-y-2">
      {dialog}
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={askFirst(t.confirmReset.replace("{email}", email), t.resetPassword, () =>
          start(async () => setResult(await resetPasswordAction(id))),
        )}
      >
        {pending ? t.resetting : t.resetPassword}
      </Button>
      {result?.ok && (
        <OneTimeSecret
          key={result.data.password}
          title={t.resetDone.replace("{email}", result.data.email)}
          secret={result.data.password}
        >
          <code data-testid="new-password" className="mt-1 block rounded bg-white p-2 text-base">
            {result.data.password}
          </code>
        </OneTimeSecret>
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
