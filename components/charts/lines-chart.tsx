"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { BarSeries } from "./bar-chart";

/** Several series as lines over a category axis (e.g. weeks); its numbers are always in a table beside it. */
export function CategoryLinesChart({
  data,
  category,
  series,
  label,
}: {
  data: Record<string, string | number | null>[];
  category: string;
  series: BarSeries[];
  label: string;
}) {
  return (
    <div className="h-72 w-full" role="figure" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis dataKey={category} fontSize={11} />
          <YAxis fontSize={12} width={40} />
          <Tooltip />
          <Legend />
          {series.map((s) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
