"use client";
import { useRedirectOnSuccess } from "@/components/forms/use-redirect-on-success";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { Field, FieldErrors, FormMessage, inputClass, invalidProps, SubmitButton } from "@/components/forms/form-parts";
import { createOfficeAction, updateOfficeAction } from "@/lib/actions/offices";
import type { KelurahanOption } from "@/lib/data/areas";
import type { Locale } from "@/lib/i18n/dictionaries";
import type { DictionarySlice } from "@/lib/i18n/slice";
import { SERVICE_CATEGORIES } from "@/lib/vocabulary";

export type OfficeFormValues = {
  code: string;
  name: string;
  address: string;
  kelurahanCode: string;
  services: string[];
  openingHours: string;
  contactPhone: string;
};

/** The single-office form: registers a new office, or edits one (its code then stays). */
export function OfficeForm({
  existingCode,
  values,
  kelurahan,
  t,
  locale,
}: {
  existingCode?: string;
  values: OfficeFormValues;
  kelurahan: KelurahanOption[];
  t: DictionarySlice<"officesAdmin">;
  locale: Locale;
}) {
  const { state, onSubmit, pending } = useKeptForm(
    existingCode ? updateOfficeAction.bind(null, existingCode) : createOfficeAction,
  );
  useRedirectOnSuccess(state, existingCode ? null : (data) => `/offices/${data.code}`);
  const o = t.officesAdmin;
  const groups = [...new Set(kelurahan.map((k) => k.kecamatan))];
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <FormMessage state={state} success={existingCode ? o.saved : undefined} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={o.code} name="code" state={state}>
          <input
            {...invalidProps(state, "code")}
            required
            defaultValue={values.code}
            readOnly={Boolean(existingCode)}
            className={inputClass}
            placeholder="DISDUKCAPIL-014"
          />
        </Field>
        <Field label={o.name} name="name" state={state}>
          <input {...invalidProps(state, "name")} required defaultValue={values.name} className={inputClass} />
        </Field>
        <Field label={o.address} name="address" state={state}>
          <input {...invalidProps(state, "address")} required defaultValue={values.address} className={inputClass} />
        </Field>
        <Field label={o.kelurahan} name="kelurahanCode" state={state}>
          <select
            {...invalidProps(state, "kelurahanCode")}
            required
            defaultValue={values.kelurahanCode}
            className={inputClass}
          >
            <option value="">—</option>
            {groups.map((kecamatan) => (
              <optgroup key={kecamatan} label={kecamatan}>
                {kelurahan
                  .filter((k) => k.kecamatan === kecamatan)
                  .map((k) => (
                    <option key={k.code} value={k.code}>
                      {k.name} ({k.code})
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <Field label={o.openingHours} name="openingHours" state={state}>
          <input
            {...invalidProps(state, "openingHours")}
            defaultValue={values.openingHours}
            className={inputClass}
            placeholder="Senin–Jumat 08.00–15.00"
          />
        </Field>
        <Field label={o.contactPhone} name="contactPhone" state={state}>
          <input
            {...invalidProps(state, "contactPhone")}
            defaultValue={values.contactPhone}
            className={inputClass}
            placeholder="021-8841234"
          />
        </Field>
      </div>
      <fieldset className="text-sm">
        <legend className="font-medium text-gray-800">{o.services}</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-3">
          {SERVICE_CATEGORIES.map((s) => (
            <label key={s.code} className="flex items-center gap-2">
              <input type="checkbox" name="services" value={s.code} defaultChecked={values.services.includes(s.code)} />
              {s[locale]}
            </label>
          ))}
        </div>
        <FieldErrors id="services-error" errors={state && !state.ok ? state.fieldErrors?.services : undefined} />
      </fieldset>
      <SubmitButton label={o.save} pendingLabel={o.saving} pending={pending} />
    </form>
  );
}
