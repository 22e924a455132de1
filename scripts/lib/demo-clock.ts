import { DEMO_CLOCK_START } from "@/prisma/seed/demo-clock";

/**
 * Runs this process, and every process it starts, on the demo's clock
 * (prisma/seed/demo-clock.ts) unless SIGAP_CLOCK_START names another: all of them anchored at
 * `anchor`, so their clocks agree.
 */
export function useDemoClock(anchor: string): void {
  if (process.env.SIGAP_CLOCK_START) return;
  process.env.SIGAP_CLOCK_START = DEMO_CLOCK_START;
  process.env.SIGAP_CLOCK_ANCHOR = anchor;
}
