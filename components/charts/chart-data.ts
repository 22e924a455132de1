// The shapes every chart takes, and the partial-bucket field, in a plain module: server pages
// build chart data with them, and a constant imported from a "use client" module would reach
// a server component as a client reference, not as its value.

export type ChartSeries = { key: string; label: string; color: string };
export type ChartValue = string | number | boolean | null | undefined;
export type ChartDatum = Record<string, ChartValue>;

/** What the category axis holds: days ("2022-02-07"), months ("2022-02") or names. */
export type CategoryKind = "day" | "month" | "text";

export type ChartAxes = {
  /** The category axis: its title and what its values are. */
  x: { title: string; kind: CategoryKind };
  /** The value axis: its title (with its unit), and "%" when values are percentages (0–100). */
  y: { title: string; unit?: "%" };
};

/** The legend's and tooltip's words for the marks that are not series. */
export type ChartNotes = { hidden: string; hiddenValue: string; partial: string };

/** The datum field that says a bucket is only partly in the period (lib/stats/partial-periods.ts). */
export const PARTIAL = "partial";
