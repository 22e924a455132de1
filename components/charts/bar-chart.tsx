"use client";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/dictionaries";
import {
  axisTitles,
  ChartLegend,
  chartFormats,
  ChartTooltip,
  hasGaps,
  hasPartial,
  HatchPatterns,
  hatchId,
  PARTIAL,
  type ChartAxes,
  type ChartDatum,
  type ChartNotes,
  type ChartSeries,
} from "./chart-kit";

/**
 * Bars of categories × series (stacked when `stacked`); a partial bucket is hatched, a hidden
 * value is no bar. Its numbers are always in a table beside it.
 */
export function CategoryBarChart({
  data,
  category,
  series,
  label,
  axes,
  notes,
  locale,
  stacked = false,
  horizontal: asked = false,
}: {
  data: ChartDatum[];
  category: string;
  series: ChartSeries[];
  label: string;
  axes: ChartAxes;
  notes: ChartNotes;
  locale: Locale;
  stacked?: boolean;
  horizontal?: boolean;
}) {
  const format = chartFormats(locale, axes);
  const titles = axisTitles(axes);
  // Named categories (kecamatan, posts, stages) lie along the side, each with its name: below a
  // bar, long names collide and recharts drops all but a few. Days and months stay below.
  const horizontal = asked || axes.x.kind === "text";
  const categoryAxis = horizontal
    ? { type: "category" as const, dataKey: category, width: 150, interval: 0, tickFormatter: format.category }
    : { dataKey: category, interval: "preserveStartEnd" as const, minTickGap: 16, tickFormatter: format.category };
  const valueAxis = { type: "number" as const, allowDecimals: false, tickFormatter: format.value };
  return (
    <div role="figure" aria-label={label}>
      <div className="w-full" style={{ height: horizontal ? Math.max(320, 28 * data.length + 64) : 320 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout={horizontal ? "vertical" : "horizontal"}
            margin={{ top: 8, right: 16, bottom: 24, left: 16 }}
          >
            <HatchPatterns series={series} />
            <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
            {horizontal ? (
              <>
                <XAxis
                  {...valueAxis}
                  fontSize={12}
                  label={{ ...titles.y, angle: 0, position: "insideBottom", offset: -12 }}
                />
                <YAxis {...categoryAxis} fontSize={12} />
              </>
            ) : (
              <>
                <XAxis {...categoryAxis} fontSize={11} label={titles.x} />
                <YAxis {...valueAxis} width={64} fontSize={12} label={titles.y} />
              </>
            )}
            <Tooltip
              content={(props) => (
                <ChartTooltip {...props} series={series} format={format} notes={notes} category={category} />
              )}
            />
            {series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                fill={s.color}
                stackId={stacked ? "all" : undefined}
                isAnimationActive={false}
              >
                {data.map((d, i) => (
                  <Cell
                    key={i}
                    fill={d[PARTIAL] ? `url(#${hatchId(s)})` : s.color}
                    stroke={d[PARTIAL] ? s.color : undefined}
                  />
                ))}
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {(series.length > 1 || hasPartial(data) || hasGaps(data, series)) && (
        <ChartLegend
          series={series}
          notes={notes}
          gaps={hasGaps(data, series)}
          partial={hasPartial(data)}
          partialMark="hatch"
        />
      )}
    </div>
  );
}
