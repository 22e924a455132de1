"use client";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { Field, FormMessage, inputClass, invalidProps, SubmitButton } from "@/components/forms/form-parts";
import { changeOwnPasswordAction } from "@/lib/actions/users";
import type { Dictionary } from "@/lib/i18n/dictionaries";

const PASSWORD_FIELDS = [
  { name: "current", autoComplete: "current-password" },
  { name: "next", autoComplete: "new-password" },
  { name: "confirm", autoComplete: "new-password" },
] as const;

/** The official's own password change; other browsers signed in as them are signed out. */
export function ChangePasswordForm({ t }: { t: Dictionary["account"] }) {
  const { state, onSubmit, pending } = useKeptForm(changeOwnPasswordAction);
  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-3">
      <FormMessage
        state={state}
        success={state?.ok ? t.changed.replace("{count}", String(state.data.revokedSessions)) : undefined}
      />
      {PASSWORD_FIELDS.map(({ name, autoComplete }) => (
        <Field key={name} label={t[name]} name={name} state={state} hint={name === "next" ? t.nextHint : undefined}>
          <input
            {...invalidProps(state, name)}
            type="password"
            autoComplete={autoComplete}
            required
            className={inputClass}
          />
        </Field>
      ))}
      <SubmitButton label={t.submit} pendingLabel={t.submitting} pending={pending} />
    </form>
  );
}
