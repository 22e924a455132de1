"use client";
import { useState } from "react";
import { Field, FormMessage, inputClass, invalidProps, SubmitButton } from "@/components/forms/form-parts";
import { useJsonForm } from "@/components/forms/use-json-form";
import type { DictionarySlice } from "@/lib/i18n/slice";

/** "Lupa kata sandi?": one address; the same answer whether or not it has an account. */
export function ForgotPasswordForm({ t }: { t: DictionarySlice<"accountLinks"> }) {
  const a = t.accountLinks;
  const [email, setEmail] = useState("");
  const { state, pending, onSubmit } = useJsonForm<{ accepted: boolean }>(
    "/api/account/password-reset",
    (form) => ({ email: form.get("email") }),
    a.unreachable,
  );
  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {state?.ok ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          {a.sent.replace("{email}", email.trim())}
        </p>
      ) : (
        <FormMessage state={state} />
      )}
      <Field label={a.email} name="email" state={state}>
        <input
          {...invalidProps(state, "email")}
          type="email"
          required
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          className={inputClass}
        />
      </Field>
      <SubmitButton label={a.send} pendingLabel={a.sending} pending={pending} />
    </form>
  );
}
