"use client";
import { useActionState, useState } from "react";
import { Field, FormMessage, inputClass, invalidProps, SubmitButton } from "@/components/forms/form-parts";
import { recordInspectionAction } from "@/lib/actions/inspections";

import type { DictionarySlice } from "@/lib/i18n/slice";
import { FINDINGS } from "@/lib/validations/inspection";

/** The task force's inspection form: findings, score, optional verification or sanction. */
export function InspectionForm({
  code,
  canVerify,
  today,
  t,
}: {
  code: string;
  canVerify: boolean;
  today: string;
  t: DictionarySlice<"officesAdmin">;
}) {
  const [state, action] = useActionState(recordInspectionAction.bind(null, code), null);
  const [sanction, setSanction] = useState("");
  const o = t.officesAdmin;
  return (
    <form action={action} className="space-y-3" aria-label={o.recordInspection}>
      <FormMessage state={state} success={o.saved} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={o.visitedOn} name="visitedOn" state={state}>
          <input
            {...invalidProps(state, "visitedOn")}
            type="date"
            required
            max={today}
            defaultValue={today}
            className={inputClass}
          />
        </Field>
        <Field label={o.score} name="score" state={state}>
          <input {...invalidProps(state, "score")} type="number" min={0} max={100} required className={inputClass} />
        </Field>
      </div>
      <fieldset className="text-sm">
        <legend className="font-medium">{o.findings}</legend>
        {FINDINGS.map((f) => (
          <label key={f} className="mt-1 flex items-center gap-2">
            <input type="checkbox" name={`findings.${f}`} />
            {o.findingNames[f]}
          </label>
        ))}
      </fieldset>
      <Field label={o.note} name="notes" state={state}>
        <textarea {...invalidProps(state, "notes")} rows={2} className={inputClass} />
      </Field>
      {canVerify && (
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" name="verify" disabled={Boolean(sanction)} />
          {o.verify}
        </label>
      )}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={o.sanction} name="sanction.kind" inputId="sanctionKind" state={state}>
          <select
            id="sanctionKind"
            name="sanction.kind"
            value={sanction}
            onChange={(e) => setSanction(e.target.value)}
            className={inputClass}
          >
            <option value="">{o.noSanction}</option>
            {(["VERBAL_WARNING", "WRITTEN_WARNING", "TEMPORARY_CLOSURE"] as const).map((k) => (
              <option key={k} value={k}>
                {o.sanctionKinds[k]}
              </option>
            ))}
          </select>
        </Field>
        {sanction && (
          <>
            <Field label={o.sanctionStartsOn} name="sanction.startsOn" inputId="sanctionStartsOn" state={state}>
              <input
                id="sanctionStartsOn"
                name="sanction.startsOn"
                type="date"
                required
                defaultValue={today}
                className={inputClass}
              />
            </Field>
            <Field label={o.sanctionEndsOn} name="sanction.endsOn" inputId="sanctionEndsOn" state={state}>
              <input id="sanctionEndsOn" name="sanction.endsOn" type="date" className={inputClass} />
            </Field>
          </>
        )}
      </div>
      <SubmitButton label={o.recordInspection} pendingLabel={o.saving} />
    </form>
  );
}
