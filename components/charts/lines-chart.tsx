"use client";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/dictionaries";
import {
  axisTitles,
  ChartLegend,
  chartFormats,
  ChartTooltip,
  hasGaps,
  hasPartial,
  PARTIAL,
  shownValueKey,
  type ChartAxes,
  type ChartDatum,
  type ChartNotes,
  type ChartSeries,
} from "./chart-kit";

const PARTIAL_SUFFIX = "~partial";

/**
 * Each series split in two: its whole buckets (a solid line) and the partial ones joined to
 * their neighbour (a dashed line), so a cut week reads as a cut week, not a collapse.
 */
function splitPartial(data: readonly ChartDatum[], series: readonly ChartSeries[]): ChartDatum[] {
  return data.map((d, i) => {
    const touchesPartial = d[PARTIAL] === true || data[i - 1]?.[PARTIAL] === true || data[i + 1]?.[PARTIAL] === true;
    const split: ChartDatum = { ...d };
    for (const s of series) {
      split[shownValueKey(s.key)] = d[s.key] ?? null;
      split[`${s.key}${PARTIAL_SUFFIX}`] = touchesPartial ? d[s.key] : null;
      if (d[PARTIAL] === true) split[s.key] = null;
    }
    return split;
  });
}

/**
 * Series as straight lines over a category axis (days, weeks, months): points drawn, a hidden
 * value a gap (never a fall to 0), a partial bucket dashed. Its numbers are always in a table beside it.
 */
export function CategoryLinesChart({
  data,
  category,
  series,
  label,
  axes,
  notes,
  locale,
}: {
  data: ChartDatum[];
  category: string;
  series: ChartSeries[];
  label: string;
  axes: ChartAxes;
  notes: ChartNotes;
  locale: Locale;
}) {
  const format = chartFormats(locale, axes);
  const titles = axisTitles(axes);
  const partial = hasPartial(data);
  const dots = data.length <= 60;
  return (
    <div role="figure" aria-label={label}>
      <div className="h-72 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={partial ? splitPartial(data, series) : data}
            margin={{ top: 8, right: 16, bottom: 24, left: 16 }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
            <XAxis dataKey={category} tickFormatter={format.category} minTickGap={24} fontSize={11} label={titles.x} />
            <YAxis tickFormatter={format.value} width={64} fontSize={12} label={titles.y} />
            <Tooltip
              content={(props) => (
                <ChartTooltip {...props} series={series} format={format} notes={notes} category={category} />
              )}
            />
            {series.map((s) => (
              <Line
                key={s.key}
                type="linear"
                dataKey={s.key}
                name={s.label}
                stroke={s.color}
                strokeWidth={2}
                dot={dots ? { r: 2.5 } : false}
                isAnimationActive={false}
              />
            ))}
            {partial &&
              series.map((s) => (
                <Line
                  key={`${s.key}${PARTIAL_SUFFIX}`}
                  type="linear"
                  dataKey={`${s.key}${PARTIAL_SUFFIX}`}
                  name={`${s.label} (${notes.partial})`}
                  stroke={s.color}
                  strokeWidth={2}
                  strokeDasharray="5 4"
                  dot={dots ? { r: 2.5, fill: "#fff" } : false}
                  legendType="none"
                  isAnimationActive={false}
                />
              ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {(series.length > 1 || partial || hasGaps(data, series)) && (
        <ChartLegend series={series} notes={notes} gaps={hasGaps(data, series)} partial={partial} partialMark="dash" />
      )}
    </div>
  );
}
