"use client";
import { ActionButton } from "@/components/forms/action-button";
import { resetSecondFactorAction } from "@/lib/actions/second-factor";
import {
  resendInvitationAction,
  revokeInvitationAction,
  sendPasswordResetAction,
  setUserActiveAction,
} from "@/lib/actions/users";
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

/** Mail the account a password reset link (confirmed); the admin never sees a password. */
export function SendPasswordReset({ id, email, t }: { id: string; email: string; t: Dictionary["users"] }) {
  return (
    <ActionButton
      label={t.resetPassword}
      pendingLabel={t.resetting}
      variant="secondary"
      confirm={t.confirmReset.replace("{email}", email)}
      success={t.resetDone.replace("{email}", email)}
      run={() => sendPasswordResetAction(id)}
    />
  );
}

/** An invited account's invitation: send it again (a new link) or cancel it. */
export function InvitationControls({
  id,
  email,
  open,
  t,
}: {
  id: string;
  email: string;
  open: boolean;
  t: Dictionary["users"];
}) {
  return (
    <>
      <ActionButton
        label={t.resendInvitation}
        pendingLabel={t.resending}
        success={t.invited.replace("{email}", email)}
        run={() => resendInvitationAction(id)}
      />
      {open && (
        <ActionButton
          label={t.revokeInvitation}
          pendingLabel={t.revoking}
          variant="secondary"
          confirm={t.confirmRevokeInvitation.replace("{email}", email)}
          success={t.invitationRevokedDone}
          run={() => revokeInvitationAction(id)}
        />
      )}
    </>
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
