"use client";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { Field, FormMessage, inputClass, invalidProps, SubmitButton } from "@/components/forms/form-parts";
import { setMailPreferencesAction } from "@/lib/actions/users";
import { OPTIONAL_MAIL_KINDS, type OptionalMail } from "@/lib/auth/permissions";
import type { DictionarySlice } from "@/lib/i18n/slice";

/** The language of SIGAP's messages and the optional ones (reminders, digest) an official receives. */
export function MailPreferencesForm({
  t,
  locale,
  mailOff,
  optional,
}: {
  t: DictionarySlice<"mailPrefs">;
  locale: string;
  mailOff: string[];
  /** The optional messages this official's role receives. */
  optional: OptionalMail[];
}) {
  const { state, onSubmit, pending } = useKeptForm(setMailPreferencesAction);
  const m = t.mailPrefs;
  return (
    <form onSubmit={onSubmit} className="max-w-xl space-y-3">
      <FormMessage state={state} success={m.saved} />
      <Field label={m.locale} name="locale" state={state}>
        <select {...invalidProps(state, "locale")} defaultValue={locale} className={inputClass}>
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </select>
      </Field>
      {/* A role that gets no such message keeps it on, unseen: switching roles later starts it. */}
      {(Object.keys(OPTIONAL_MAIL_KINDS) as OptionalMail[]).map((kind) => {
        const on = !mailOff.includes(OPTIONAL_MAIL_KINDS[kind]);
        return optional.includes(kind) ? (
          <label key={kind} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name={kind} defaultChecked={on} className="mt-1" />
            {m[kind]}
          </label>
        ) : (
          on && <input key={kind} type="hidden" name={kind} value="on" />
        );
      })}
      <p className="text-sm text-gray-600">{m.required}</p>
      <SubmitButton label={m.save} pendingLabel={m.saving} pending={pending} />
    </form>
  );
}
