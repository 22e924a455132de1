"use client";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

type Point = { day: string; visits: number };

/** Visits per day as a line; the same numbers are in the table beside it. */
export function VisitsPerDayChart({ data, label, locale }: { data: Point[]; label: string; locale: "id" | "en" }) {
  const numberFormat = new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB");
  const dayFormat = new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
  return (
    <div className="h-72 w-full" role="figure" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis
            dataKey="day"
            tickFormatter={(d: string) => dayFormat.format(new Date(d))}
            minTickGap={32}
            fontSize={12}
          />
          <YAxis tickFormatter={(v: number) => numberFormat.format(v)} width={56} fontSize={12} />
          <Tooltip
            labelFormatter={(d) => dayFormat.format(new Date(String(d)))}
            formatter={(v) => [numberFormat.format(Number(v)), label]}
          />
          <Line
            type="monotone"
            dataKey="visits"
            name={label}
            stroke="#0f5f39"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
