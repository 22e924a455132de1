import { FilterSelect as OptionalFilter } from "@/components/forms/filter-select";
import { buttonClass } from "@/components/ui/button";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import type { TrafficFilters } from "@/lib/validations/traffic";
import { GRANULARITIES } from "@/lib/validations/constants";
import { SERVICE_CATEGORIES } from "@/lib/vocabulary";

const field = "flex flex-col gap-1 text-sm font-medium";
const input = "rounded-md border border-gray-300 px-2 py-1.5 font-normal";

/** The dashboard filters besides the period, as a plain GET form: the state lives in the URL. */
export function TrafficFiltersForm({
  filters,
  kecamatan,
  agencies,
  t,
  locale,
}: {
  filters: TrafficFilters;
  kecamatan: { code: string; name: string }[];
  agencies: { code: string; name: string }[] | null;
  t: Dictionary["trafficPage"];
  locale: Locale;
}) {
  return (
    <form
      className="flex flex-wrap items-end gap-3 rounded-lg border border-gray-200 bg-white p-3"
      aria-label={t.filters}
    >
      {/* The period is chosen in the period control; a filter change keeps it. */}
      <input type="hidden" name="from" value={filters.from} />
      <input type="hidden" name="to" value={filters.to} />
      <div className={field}>
        <label htmlFor="filter-every">{t.every}</label>
        <select id="filter-every" name="every" defaultValue={filters.every} className={input}>
          {GRANULARITIES.map((g) => (
            <option key={g} value={g}>
              {t.everyOptions[g]}
            </option>
          ))}
        </select>
      </div>
      <OptionalFilter
        name="kecamatan"
        label={t.kecamatan}
        allLabel={t.all}
        value={filters.kecamatan}
        options={kecamatan.map((k) => ({ value: k.code, label: k.name }))}
      />
      {agencies && (
        <OptionalFilter
          name="agency"
          label={t.agency}
          allLabel={t.all}
          value={filters.agency}
          options={agencies.map((a) => ({ value: a.code, label: a.name }))}
        />
      )}
      <OptionalFilter
        name="service"
        label={t.service}
        allLabel={t.all}
        value={filters.service}
        options={SERVICE_CATEGORIES.map((c) => ({ value: c.code, label: c[locale] }))}
      />
      <button type="submit" className={buttonClass("secondary")}>
        {t.apply}
      </button>
    </form>
  );
}
