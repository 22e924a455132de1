import type { APIRequestContext } from "@playwright/test";
import { wibDay, type Day } from "@/lib/day";

/** Today (WIB) on the clock of the SIGAP under test, as its /api/health reports it (the demo's clock is set). */
export async function sigapToday(request: APIRequestContext): Promise<Day> {
  const health = (await (await request.get("/api/health")).json()) as { now: string };
  return wibDay(new Date(health.now));
}
