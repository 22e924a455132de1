"use client";
import { useEffect, useRef, useState } from "react";
import { Field, FieldErrors, FormMessage, inputClass, invalidProps, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { DOSES_BY_STATUS } from "@/lib/rules/visitor";
import { saveTestCaseAction } from "@/lib/actions/rule-test-cases";
import type { Locale } from "@/lib/i18n/dictionaries";
import type { DictionarySlice } from "@/lib/i18n/slice";
import { OUTCOMES, PL_STATUSES, SERVICE_CATEGORIES, type PlStatus } from "@/lib/vocabulary";

export type CaseDefaults = {
  name: string;
  expectedOutcome: string;
  service: string;
  agencyKind: string;
  at: string;
  status: string;
  doses: number;
  age: number;
  exemption: string;
  exemptionSince: string;
};

/**
 * Adds a test case to a draft version, or edits one (visitor + service + fixed time → expected
 * outcome). A refused form keeps everything typed (useKeptForm), and the PeduliLindungi colour
 * bounds the doses as on /cek: a contradiction cannot be entered.
 */
export function TestCaseForm({
  target,
  defaults,
  t,
  locale,
  onDone,
}: {
  target: { ruleCode: string; versionId: string; caseId?: string };
  defaults: CaseDefaults;
  t: DictionarySlice<"agencies" | "checker" | "exemptions" | "outcomes" | "plStatus" | "rulesAdmin">;
  locale: Locale;
  onDone?: () => void;
}) {
  const { state, onSubmit, pending } = useKeptForm(saveTestCaseAction.bind(null, target));
  const form = useRef<HTMLFormElement>(null);
  const [status, setStatus] = useState(defaults.status as PlStatus);
  const [doses, setDoses] = useState(defaults.doses);
  const allowed = DOSES_BY_STATUS[status] ?? { min: 0, max: 10 };
  const fixedDoses = allowed.min === allowed.max;
  const handled = useRef<typeof state>(null);
  useEffect(() => {
    // Once per successful save (the parent re-renders with a new onDone every time).
    if (!state?.ok || handled.current === state) return;
    handled.current = state;
    if (!target.caseId) {
      form.current?.reset();
      setStatus(defaults.status as PlStatus);
      setDoses(defaults.doses);
    }
    onDone?.();
  }, [state, target.caseId, onDone, defaults.status, defaults.doses]);
  const r = t.rulesAdmin;
  const errors = (key: string) => (state && !state.ok ? state.fieldErrors?.[key] : undefined);
  const id = (name: string) => `${target.caseId ?? "new"}-${name}`;
  return (
    <form
      ref={form}
      onSubmit={onSubmit}
      className="space-y-3 rounded-md border border-gray-200 bg-gray-50 p-3"
      aria-label={target.caseId ? r.editCase : r.addCase}
    >
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={r.caseName} name="name" state={state} inputId={id("name")}>
          <input
            {...invalidProps(state, "name", id("name"))}
            required
            defaultValue={defaults.name}
            className={inputClass}
          />
        </Field>
        <Field label={r.expected} name="expectedOutcome" state={state} inputId={id("expectedOutcome")}>
          <select
            {...invalidProps(state, "expectedOutcome", id("expectedOutcome"))}
            defaultValue={defaults.expectedOutcome}
            className={inputClass}
          >
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t.outcomes[o]}
              </option>
            ))}
          </select>
        </Field>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t.checker.service}
          <select name="service" defaultValue={defaults.service} className={inputClass}>
            {SERVICE_CATEGORIES.map((s) => (
              <option key={s.code} value={s.code}>
                {s[locale]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t.checker.agencyKind}
          <select name="agencyKind" defaultValue={defaults.agencyKind} className={inputClass}>
            <option value="GOVERNMENT">{t.agencies.kinds.GOVERNMENT}</option>
            <option value="PRIVATE">{t.agencies.kinds.PRIVATE}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {r.visitAt}
          <input name="at" type="datetime-local" required defaultValue={defaults.at} className={inputClass} />
          <FieldErrors id={id("at-error")} errors={errors("input.at")} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t.checker.status}
          <select
            name="status"
            value={status}
            onChange={(event) => {
              const next = event.target.value as PlStatus;
              const bounds = DOSES_BY_STATUS[next];
              setStatus(next);
              setDoses((d) => Math.min(Math.max(d, bounds.min), bounds.max));
            }}
            className={inputClass}
          >
            {PL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.plStatus[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t.checker.doses}
          <input
            name="doses"
            type="number"
            min={allowed.min}
            max={allowed.max}
            required
            readOnly={fixedDoses}
            value={doses}
            onChange={(event) => setDoses(Number(event.target.value))}
            className={inputClass}
          />
          <FieldErrors id={id("doses-error")} errors={errors("input.visitor.doses")} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t.checker.age}
          <input
            name="age"
            type="number"
            min={0}
            max={130}
            required
            defaultValue={defaults.age}
            className={inputClass}
          />
          <FieldErrors id={id("age-error")} errors={errors("input.visitor.age")} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t.checker.exemption}
          <select name="exemption" defaultValue={defaults.exemption} className={inputClass}>
            {(["NONE", "MEDICAL_CONTRAINDICATION", "RECENTLY_RECOVERED"] as const).map((e) => (
              <option key={e} value={e}>
                {t.exemptions[e]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {r.exemptionSince}
          <input
            name="exemptionSince"
            type="datetime-local"
            defaultValue={defaults.exemptionSince}
            className={inputClass}
          />
        </label>
      </div>
      <SubmitButton
        label={target.caseId ? r.save : r.addCase}
        pendingLabel={r.saving}
        variant="secondary"
        pending={pending}
      />
    </form>
  );
}
