const field = "flex min-w-0 max-w-full flex-col gap-1 text-sm font-medium";
const input = "rounded-md border border-gray-300 px-2 py-1.5 font-normal";

/** A choice that narrows a list ("stage: Live"), kept in the URL as `name`; empty is all. */
export type Filter = {
  name: string;
  label: string;
  allLabel: string;
  value?: string;
  options: { value: string; label: string }[];
};

/**
 * A filter that is either one value or "all" (empty): its label, its choices, the value in the
 * URL. In a GET form it is sent with the form; with `onChange` (a table's toolbar) each choice
 * is applied at once.
 */
export function FilterSelect({
  name,
  label,
  allLabel,
  value,
  options,
  onChange,
}: Filter & { onChange?: (value: string) => void }) {
  return (
    <div className={field}>
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={value ?? ""}
        onChange={onChange && ((e) => onChange(e.target.value))}
        className={input}
      >
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
