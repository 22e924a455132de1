"use client";
import type { Locale } from "@/lib/i18n/dictionaries";
import { PARTIAL, type ChartAxes, type ChartDatum, type ChartNotes, type ChartSeries } from "./chart-data";
import { dateOfDay } from "@/lib/day";

export { PARTIAL };
export type { ChartAxes, ChartDatum, ChartNotes, ChartSeries };

// What every SIGAP chart shares, so that each says the same things the same way: id-ID
// numbers, dates as "29 Nov 2021", axis titles with units, a legend in text colour with
// swatches, hidden (suppressed) values as gaps and partial periods hatched or dashed —
// each with its legend entry, shown only when the chart has one.

const INTL: Record<Locale, string> = { id: "id-ID", en: "en-GB" };

/** The number, category and value formats of one locale. */
export function chartFormats(locale: Locale, axes: ChartAxes) {
  const number = new Intl.NumberFormat(INTL[locale], { maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(INTL[locale], {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const month = new Intl.DateTimeFormat(INTL[locale], { month: "short", year: "numeric", timeZone: "UTC" });
  const category = (value: unknown): string => {
    const text = String(value);
    if (axes.x.kind === "day" && /^\d{4}-\d{2}-\d{2}$/.test(text)) return day.format(dateOfDay(text));
    if (axes.x.kind === "month" && /^\d{4}-\d{2}$/.test(text)) return month.format(dateOfDay(`${text}-01`));
    return text;
  };
  const value = (v: unknown): string => {
    if (v === null || v === undefined || v === "") return "–";
    const n = Number(v);
    return Number.isFinite(n) ? `${number.format(n)}${axes.y.unit ?? ""}` : String(v);
  };
  return { category, value };
}

/** Whether any datum hides a value of a series (null: suppressed or too few to show). */
export function hasGaps(data: readonly ChartDatum[], series: readonly ChartSeries[]): boolean {
  return data.some((d) => series.some((s) => d[s.key] === null));
}

export const hasPartial = (data: readonly ChartDatum[]) => data.some((d) => d[PARTIAL] === true);

/** The hatch a partial bar is filled with, one per series colour. */
export function HatchPatterns({ series }: { series: readonly ChartSeries[] }) {
  return (
    <defs>
      {series.map((s) => (
        <pattern
          key={s.key}
          id={hatchId(s)}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#ffffff" />
          <rect width="3" height="6" fill={s.color} />
        </pattern>
      ))}
    </defs>
  );
}

export const hatchId = (s: ChartSeries) => `hatch-${s.key.replace(/[^a-zA-Z0-9_-]/g, "_")}`;

/** The legend: a swatch and the series name in text colour (never yellow on white), then the notes that apply. */
export function ChartLegend({
  series,
  notes,
  gaps,
  partial,
  partialMark,
}: {
  series: readonly ChartSeries[];
  notes: ChartNotes;
  gaps: boolean;
  partial: boolean;
  partialMark: "hatch" | "dash";
}) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-gray-900">
      {series.map((s) => (
        <li key={s.key} className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: s.color }} />
          {s.label}
        </li>
      ))}
      {partial && (
        <li className="flex items-center gap-1.5">
          {partialMark === "hatch" ? (
            <span
              aria-hidden="true"
              className="inline-block h-3 w-3 rounded-sm border border-gray-500"
              style={{ backgroundImage: "repeating-linear-gradient(45deg, #6b7280 0 2px, #fff 2px 4px)" }}
            />
          ) : (
            <span aria-hidden="true" className="inline-block w-4 border-t-2 border-dashed border-gray-600" />
          )}
          {notes.partial}
        </li>
      )}
      {gaps && (
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block w-4 text-center font-semibold text-gray-600">
            ┆
          </span>
          {notes.hidden}
        </li>
      )}
    </ul>
  );
}

/** The axis title props of recharts' XAxis and YAxis. */
export function axisTitles(axes: ChartAxes) {
  return {
    x: { value: axes.x.title, position: "insideBottom" as const, offset: -12, fill: "#374151", fontSize: 12 },
    y: {
      value: axes.y.title,
      angle: -90,
      position: "insideLeft" as const,
      style: { textAnchor: "middle" as const },
      fill: "#374151",
      fontSize: 12,
    },
  };
}

/** The datum field that keeps a series' value where a chart redraws it (a partial point of a line). */
export const shownValueKey = (key: string) => `${key}~value`;

/** The tooltip: the bucket (and whether it is partial), then every series' value, hidden ones as "–". */
export function ChartTooltip({
  active,
  payload,
  series,
  format,
  notes,
  category,
}: {
  active?: boolean;
  payload?: readonly { payload?: ChartDatum }[];
  series: readonly ChartSeries[];
  format: ReturnType<typeof chartFormats>;
  notes: ChartNotes;
  category: string;
}) {
  const datum = payload?.[0]?.payload;
  if (!active || !datum) return null;
  return (
    <div className="rounded-md border border-gray-300 bg-white px-3 py-2 text-xs text-gray-900 shadow">
      <p className="font-semibold">
        {format.category(datum[category])}
        {datum[PARTIAL] === true && ` (${notes.partial})`}
      </p>
      <ul>
        {series.map((s) => {
          const value = shownValueKey(s.key) in datum ? datum[shownValueKey(s.key)] : datum[s.key];
          return (
            <li key={s.key} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block h-2 w-2 rounded-sm"
                style={{ backgroundColor: s.color }}
              />
              {s.label}: {value === null ? notes.hiddenValue : format.value(value)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
