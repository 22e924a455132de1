"use client";
import { useRedirectOnSuccess } from "@/components/forms/use-redirect-on-success";
import { useActionState } from "react";
import { Field, FormMessage, inputClass, invalidProps, SubmitButton } from "@/components/forms/form-parts";
import { saveCircularAction } from "@/lib/actions/circulars";
import type { Dictionary } from "@/lib/i18n/dictionaries";

export type CircularValues = {
  number: string;
  issuedOn: string;
  issuer: string;
  title: string;
  body: string;
  effectiveFrom: string;
  clauses: string;
};

/** Drafts a circular, or edits a draft (`circularId`). */
export function CircularForm({
  t,
  values,
  circularId = null,
}: {
  t: Dictionary["rulesAdmin"];
  values: CircularValues;
  circularId?: string | null;
}) {
  const [state, action] = useActionState(saveCircularAction.bind(null, circularId), null);
  useRedirectOnSuccess(state, (data) => `/circulars/${data.slug}`);
  return (
    <form action={action} className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm sm:p-6">
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t.number} name="number" state={state}>
          <input
            {...invalidProps(state, "number")}
            required
            defaultValue={values.number}
            className={inputClass}
            placeholder="440/…/SET.COVID-19"
          />
        </Field>
        <Field label={t.issuedOn} name="issuedOn" state={state}>
          <input
            {...invalidProps(state, "issuedOn")}
            type="date"
            required
            defaultValue={values.issuedOn}
            className={inputClass}
          />
        </Field>
      </div>
      <Field label={t.issuer} name="issuer" state={state}>
        <input {...invalidProps(state, "issuer")} required className={inputClass} defaultValue={values.issuer} />
      </Field>
      <Field label={t.title} name="title" state={state}>
        <input {...invalidProps(state, "title")} required defaultValue={values.title} className={inputClass} />
      </Field>
      <Field label={t.body} name="body" state={state}>
        <textarea
          {...invalidProps(state, "body")}
          required
          rows={3}
          defaultValue={values.body}
          className={inputClass}
        />
      </Field>
      <Field label={t.effectiveFrom} name="effectiveFrom" state={state}>
        <input
          {...invalidProps(state, "effectiveFrom")}
          type="datetime-local"
          required
          defaultValue={values.effectiveFrom}
          className={inputClass}
        />
      </Field>
      <Field label={t.clauses} name="clauses" state={state}>
        <textarea
          {...invalidProps(state, "clauses")}
          required
          rows={5}
          defaultValue={values.clauses}
          className={inputClass}
        />
      </Field>
      <SubmitButton label={t.save} pendingLabel={t.saving} />
    </form>
  );
}
