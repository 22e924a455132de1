const field = "flex min-w-0 max-w-full flex-col gap-1 text-sm font-medium";
const input = "rounded-md border border-gray-300 px-2 py-1.5 font-normal";

/** A filter of a GET form that is either one value or "all" (empty): its label, its choices, the value in the URL. */
export function FilterSelect({
  name,
  label,
  allLabel,
  value,
  options,
}: {
  name: string;
  label: string;
  allLabel: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className={field}>
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={input}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
