import { addDays, lastDayOf, type Day } from "@/lib/day";

// A week or month that the period cuts (or that runs past the data) holds fewer days than
// its neighbours: drawn like them, it looks like a collapse. Charts mark it, trends leave it out.

export type Grain = "day" | "week" | "month";

/** The last day of the bucket that starts on `key` ("2022-02-07" for a day or week, "2022-02" or "2022-02-01" for a month). */
export function bucketEnd(key: string, grain: Grain): Day {
  if (grain === "month") return lastDayOf(key.slice(0, 7));
  return grain === "week" ? addDays(key, 6) : key;
}

/** Whether only part of the bucket lies in `period`. */
export function isPartialBucket(key: string, grain: Grain, period: { from: Day; to: Day }): boolean {
  const start = grain === "month" ? `${key.slice(0, 7)}-01` : key;
  return start < period.from || bucketEnd(key, grain) > period.to;
}
