"use client";

type Option = { value: string; label: string };

/** A row of large one-tap choices; the chosen one is pressed (tapping it again is the caller's to handle). */
export function Chips({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-semibold leading-5 text-gray-800">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            aria-pressed={o.value === value}
            onClick={() => onChange(o.value)}
            className={`min-h-11 rounded-lg border-2 px-3 text-sm font-medium focus:outline-none focus-visible:ring-4 focus-visible:ring-brand-400 ${
              o.value === value ? "border-brand-700 bg-brand-700 text-white" : "border-gray-300 bg-white text-gray-900"
            }`}
          >
            {o.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
