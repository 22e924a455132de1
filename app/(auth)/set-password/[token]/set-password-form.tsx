"use client";
import Link from "next/link";
import { Field, FormMessage, inputClass, invalidProps, SubmitButton } from "@/components/forms/form-parts";
import { useJsonForm } from "@/components/forms/use-json-form";
import type { DictionarySlice } from "@/lib/i18n/slice";

/** The new password, twice, for the account a one-time link belongs to; then the way to sign in. */
export function SetPasswordForm({
  token,
  email,
  t,
}: {
  token: string;
  email: string;
  t: DictionarySlice<"accountLinks">;
}) {
  const a = t.accountLinks;
  const { state, pending, onSubmit } = useJsonForm<{ kind: string }>(
    "/api/account/set-password",
    (form) => ({ token, password: form.get("password"), confirm: form.get("confirm") }),
    a.unreachable,
  );
  if (state?.ok)
    return (
      <div className="mt-6 space-y-4">
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          {a.saved}
        </p>
        <Link
          href={`/login?email=${encodeURIComponent(email)}`}
          className="inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white"
        >
          {a.signIn}
        </Link>
      </div>
    );
  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <FormMessage state={state} />
      {/* The account's name for the browser's password manager. */}
      <input type="text" name="username" value={email} autoComplete="username" readOnly hidden />
      {(["password", "confirm"] as const).map((name) => (
        <Field
          key={name}
          label={a[name]}
          name={name}
          state={state}
          hint={name === "password" ? a.passwordHint : undefined}
        >
          <input
            {...invalidProps(state, name)}
            type="password"
            required
            autoComplete="new-password"
            className={inputClass}
          />
        </Field>
      ))}
      <SubmitButton label={a.save} pendingLabel={a.saving} pending={pending} />
    </form>
  );
}
