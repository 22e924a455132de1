"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type BarSeries = { key: string; label: string; color: string };

/** A bar chart of categories × series (stacked when `stacked`); its numbers are always in a table beside it. */
export function CategoryBarChart({
  data,
  category,
  series,
  label,
  stacked = false,
  horizontal = false,
}: {
  data: Record<string, string | number>[];
  category: string;
  series: BarSeries[];
  label: string;
  stacked?: boolean;
  horizontal?: boolean;
}) {
  return (
    <div className="h-80 w-full" role="figure" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout={horizontal ? "vertical" : "horizontal"}
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} fontSize={12} />
              <YAxis type="category" dataKey={category} width={120} fontSize={12} />
            </>
          ) : (
            <>
              <XAxis dataKey={category} fontSize={11} interval={0} angle={-30} textAnchor="end" height={60} />
              <YAxis allowDecimals={false} fontSize={12} />
            </>
          )}
          <Tooltip />
          {series.length > 1 && <Legend />}
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              stackId={stacked ? "all" : undefined}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
