"use client";
import { useRedirectOnSuccess } from "@/components/forms/use-redirect-on-success";
import { useActionState } from "react";
import { Field, FieldErrors, FormMessage, inputClass, invalidProps, SubmitButton } from "@/components/forms/form-parts";
import { saveRuleVersionAction } from "@/lib/actions/rule-versions";
import type { Locale } from "@/lib/i18n/dictionaries";
import type { DictionarySlice } from "@/lib/i18n/slice";
import type { RuleDefinition } from "@/lib/rules/definition";
import { AGENCY_KINDS, SERVICE_CATEGORIES } from "@/lib/vocabulary";

export type RuleVersionDefaults = {
  validFrom: string;
  validTo: string;
  clauseId: string;
  strength: "WAJIB" | "IMBAUAN";
  descriptionId: string;
  descriptionEn: string;
  changeNote: string;
  definition: RuleDefinition;
};

const EXEMPTION_CLASSES = ["UNDER_12", "MEDICAL_CONTRAINDICATION", "RECENTLY_RECOVERED"] as const;

/** The form of a rule version: a new draft, or changes to a draft. Officials edit data, never code. */
export function RuleVersionForm({
  ruleCode,
  versionId,
  clauses,
  defaults,
  t,
  locale,
}: {
  ruleCode: string;
  versionId?: string;
  clauses: { id: string; number: string; text: string }[];
  defaults: RuleVersionDefaults;
  t: DictionarySlice<"agencies" | "exemptions" | "rulesAdmin" | "strength">;
  locale: Locale;
}) {
  const [state, action] = useActionState(saveRuleVersionAction.bind(null, { ruleCode, versionId }), null);
  useRedirectOnSuccess(state, (data) => `/rules/${ruleCode}/v/${data.version}`);
  const r = t.rulesAdmin;
  const d = defaults.definition;
  const errors = (key: string) => (state && !state.ok ? state.fieldErrors?.[key] : undefined);
  const recovered = d.exemptions.find((e) => e.class === "RECENTLY_RECOVERED");

  return (
    <form action={action} className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm sm:p-6">
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={r.validFrom} name="validFrom" state={state}>
          <input
            {...invalidProps(state, "validFrom")}
            type="datetime-local"
            required
            defaultValue={defaults.validFrom}
            className={inputClass}
          />
        </Field>
        <Field label={r.validTo} name="validTo" state={state}>
          <input
            {...invalidProps(state, "validTo")}
            type="datetime-local"
            defaultValue={defaults.validTo}
            className={inputClass}
          />
        </Field>
        <Field label={r.clause} name="clauseId" state={state}>
          <select {...invalidProps(state, "clauseId")} required defaultValue={defaults.clauseId} className={inputClass}>
            {clauses.map((c) => (
              <option key={c.id} value={c.id}>
                {c.number}. {c.text.slice(0, 80)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={r.strength} name="strength" state={state}>
          <select {...invalidProps(state, "strength")} defaultValue={defaults.strength} className={inputClass}>
            <option value="WAJIB">{t.strength.WAJIB}</option>
            <option value="IMBAUAN">{t.strength.IMBAUAN}</option>
          </select>
        </Field>
      </div>
      <fieldset className="text-sm">
        <legend className="font-medium text-gray-800">{r.services}</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-3">
          {SERVICE_CATEGORIES.map((s) => (
            <label key={s.code} className="flex items-center gap-2">
              <input
                type="checkbox"
                name="services"
                value={s.code}
                defaultChecked={(d.scope.services as string[]).includes(s.code)}
              />
              {s[locale]}
            </label>
          ))}
        </div>
        <FieldErrors id="services-error" errors={errors("definition.scope.services")} />
      </fieldset>
      <fieldset className="text-sm">
        <legend className="font-medium text-gray-800">{r.agencyKinds}</legend>
        <div className="mt-1 flex gap-4">
          {AGENCY_KINDS.map((k) => (
            <label key={k} className="flex items-center gap-2">
              <input type="checkbox" name="agencyKinds" value={k} defaultChecked={d.scope.agencyKinds.includes(k)} />
              {t.agencies.kinds[k]}
            </label>
          ))}
        </div>
        <FieldErrors id="agencyKinds-error" errors={errors("definition.scope.agencyKinds")} />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={r.minDoses} name="minDoses" state={state}>
          <input
            id="minDoses"
            name="minDoses"
            type="number"
            min={1}
            max={4}
            required
            defaultValue={d.requirement.minDoses}
            className={inputClass}
          />
          <FieldErrors id="minDoses-error" errors={errors("definition.requirement.minDoses")} />
        </Field>
        <Field label={r.minDaysSinceLastDose} name="minDaysSinceLastDose" state={state}>
          <input
            id="minDaysSinceLastDose"
            name="minDaysSinceLastDose"
            type="number"
            min={0}
            max={365}
            defaultValue={d.requirement.minDaysSinceLastDose ?? ""}
            className={inputClass}
          />
        </Field>
        <Field label={r.onFail} name="onFail" state={state}>
          <select id="onFail" name="onFail" defaultValue={d.onFail} className={inputClass}>
            {(["REFER", "DENY", "SERVE_WITH_NOTE"] as const).map((o) => (
              <option key={o} value={o}>
                {r.onFailOptions[o]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className="text-sm">
        <legend className="font-medium text-gray-800">{r.exemptionsAllowed}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {EXEMPTION_CLASSES.map((c) => (
            <label key={c} className="flex items-center gap-2">
              <input
                type="checkbox"
                name="exemptions"
                value={c}
                defaultChecked={d.exemptions.some((e) => e.class === c)}
              />
              {t.exemptions[c]}
            </label>
          ))}
          <label className="flex items-center gap-2">
            {r.recoveredMaxDays}
            <input
              name="recoveredMaxDays"
              type="number"
              min={1}
              max={365}
              defaultValue={recovered?.maxDaysSince ?? 90}
              className="w-20 rounded-md border border-gray-300 px-2 py-1"
            />
          </label>
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={r.descriptionId} name="descriptionId" state={state}>
          <textarea
            {...invalidProps(state, "descriptionId")}
            required
            rows={2}
            defaultValue={defaults.descriptionId}
            className={inputClass}
          />
        </Field>
        <Field label={r.descriptionEn} name="descriptionEn" state={state}>
          <textarea
            {...invalidProps(state, "descriptionEn")}
            required
            rows={2}
            defaultValue={defaults.descriptionEn}
            className={inputClass}
          />
        </Field>
      </div>
      <Field label={r.changeNote} name="changeNote" state={state}>
        <input {...invalidProps(state, "changeNote")} defaultValue={defaults.changeNote} className={inputClass} />
      </Field>
      <SubmitButton label={r.save} pendingLabel={r.saving} />
    </form>
  );
}
