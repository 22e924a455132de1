"use client";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { Field, FormMessage, inputClass, invalidProps, SubmitButton } from "@/components/forms/form-parts";
import { changeOwnPasswordAction } from "@/lib/actions/users";
import type { Dictionary } from "@/lib/i18n/dictionaries";

/** The official's own password change; other browsers signed in as them are signed out. */
export function ChangePasswordForm({ t }: { t: Dictionary["account"] }) {
  const { state, onSubmit, pending } = useKeptForm(changeOwnPasswordAction);
  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-3">
      <FormMessage
        state={state}
        success={state?.ok ? t.changed.replace("{count}", String(state.data.revokedSessions)) : undefined}
      />
      <Field label={t.current} name="current" state={state}>
        <input
          {...invalidProps(state, "current")}
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
        />
      </Field>
      <Field label={t.next} name="next" state={state} hint={t.nextHint}>
        <input
          {...invalidProps(state, "next")}
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          className={inputClass}
        />
      </Field>
      <Field label={t.confirm} name="confirm" state={state}>
        <input
          {...invalidProps(state, "confirm")}
          type="password"
          autoComplete="new-password"
          required
          className={inputClass}
        />
      </Field>
      <SubmitButton label={t.submit} pendingLabel={t.submitting} pending={pending} />
    </form>
  );
}
