"use client";
import dynamic from "next/dynamic";

// recharts is the heaviest library SIGAP ships (~100 KB gzipped). Pages import charts from
// here: the chart code loads after the page is interactive, only on pages that draw one,
// and never holds up the first paint. Every chart's numbers are also in a table beside it,
// so nothing is lost while it loads or without JavaScript.

function ChartPlaceholder() {
  return <div className="h-72 w-full animate-pulse rounded bg-gray-100" aria-hidden="true" />;
}

export const CategoryBarChart = dynamic(() => import("./bar-chart").then((m) => m.CategoryBarChart), {
  ssr: false,
  loading: ChartPlaceholder,
});
export const CategoryLinesChart = dynamic(() => import("./lines-chart").then((m) => m.CategoryLinesChart), {
  ssr: false,
  loading: ChartPlaceholder,
});
