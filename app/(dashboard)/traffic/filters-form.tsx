import { buttonClass } from "@/components/ui/button";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import type { TrafficFilters } from "@/lib/validations/traffic";
import { GRANULARITIES } from "@/lib/validations/traffic";
import { SERVICE_CATEGORIES } from "@/lib/vocabulary";

const field = "flex flex-col gap-1 text-sm font-medium";
const input = "rounded-md border border-gray-300 px-2 py-1.5 font-normal";

/** The dashboard filters as a plain GET form: the state lives in the URL. */
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
    <form className="flex flex-wrap items-end gap-3 rounded-lg border border-gray-200 bg-white p-3" aria-label={t.filters}>
      <div className={field}>
        <label htmlFor="filter-from">{t.from}</label>
        <input type="date" id="filter-from" name="from" defaultValue={filters.from} className={input} />
      </div>
      <div className={field}>
        <label htmlFor="filter-to">{t.to}</label>
        <input type="date" id="filter-to" name="to" defaultValue={filters.to} className={input} />
      </div>
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
      <div className={field}>
        <label htmlFor="filter-kecamatan">{t.kecamatan}</label>
        <select id="filter-kecamatan" name="kecamatan" defaultValue={filters.kecamatan ?? ""} className={input}>
          <option value="">{t.all}</option>
          {kecamatan.map((k) => (
            <option key={k.code} value={k.code}>
              {k.name}
            </option>
          ))}
        </select>
      </div>
      {agencies && (
        <div className={field}>
          <label htmlFor="filter-agency">{t.agency}</label>
          <select id="filter-agency" name="agency" defaultValue={filters.agency ?? ""} className={input}>
            <option value="">{t.all}</option>
            {agencies.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className={field}>
        <label htmlFor="filter-service">{t.service}</label>
        <select id="filter-service" name="service" defaultValue={filters.service ?? ""} className={input}>
          <option value="">{t.all}</option>
          {SERVICE_CATEGORIES.map((s) => (
            <option key={s.code} value={s.code}>
              {s[locale]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        {t.apply}
      </button>
    </form>
  );
}
